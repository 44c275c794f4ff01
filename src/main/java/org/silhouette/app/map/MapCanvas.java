package org.silhouette.app.map;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.silhouette.render.DrawTarget;
import org.silhouette.render.MapPoints;
import org.silhouette.render.MapRenderer;
import org.silhouette.render.Raster;
import org.silhouette.render.RenderSettings;
import org.silhouette.render.TileLookup;
import org.silhouette.render.Viewport;

import java.nio.IntBuffer;
import java.util.function.UnaryOperator;

/**
 * The one canvas of the map. A frame is rasterised into an int array that the canvas shows through a
 * {@link PixelBuffer} image, so a frame costs one image draw however many points it has. Painting only
 * happens when the view's frame loop asks, at most once per pulse.
 */
public final class MapCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final MapRenderer renderer = new MapRenderer();
    private final MapPoints points;
    private final Viewport viewport;
    private RenderSettings settings = RenderSettings.DEFAULT;
    private TileLookup tiles = TileLookup.NONE;
    private UnaryOperator<DrawTarget> targetWrapper = UnaryOperator.identity();
    private Raster raster;
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;
    private MapRenderer.Stats lastStats = new MapRenderer.Stats(0, 0, 0, false, 0);
    private long paints;
    private java.util.function.BiConsumer<Integer, Integer> onResize = (w, h) -> { };

    public MapCanvas(MapPoints points, Viewport viewport) {
        this.points = points;
        this.viewport = viewport;
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(800, 600);
    }

    /** Told the new size in pixels; the owner updates the viewport. */
    public void setOnResize(java.util.function.BiConsumer<Integer, Integer> onResize) {
        this.onResize = onResize;
    }

    void setSettings(RenderSettings settings) {
        this.settings = settings;
    }

    RenderSettings settings() {
        return settings;
    }

    public void setTiles(TileLookup tiles) {
        this.tiles = tiles == null ? TileLookup.NONE : tiles;
    }

    TileLookup tiles() {
        return tiles;
    }

    /** Test seam: wraps the raster, e.g. to count primitives. */
    void setTargetWrapper(UnaryOperator<DrawTarget> wrapper) {
        this.targetWrapper = wrapper == null ? UnaryOperator.identity() : wrapper;
    }

    /** The point whose thumbnail, as last drawn, covers canvas position (x, y), or -1. */
    public int thumbnailAt(double x, double y) {
        return renderer.thumbnailAt(x, y);
    }

    /** The points the last frame drew as thumbnails, into {@code out}; returns their edge in pixels (0: none). */
    int thumbnailsDrawn(java.util.BitSet out) {
        renderer.thumbnailsDrawn(out);
        return renderer.thumbnailEdge();
    }

    public MapRenderer.Stats lastStats() {
        return lastStats;
    }

    long paintCount() {
        return paints;
    }

    public Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        int w = (int) Math.max(1, Math.floor(getWidth()));
        int h = (int) Math.max(1, Math.floor(getHeight()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            onResize.accept(w, h);
        }
    }

    /** Renders the points into the frame and shows it. FX thread only. */
    public void paint() {
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        if (raster == null || raster.width() != w || raster.height() != h) {
            int[] pixels = new int[w * h];
            raster = new Raster(w, h, pixels);
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
        buffer.updateBuffer(b -> {
            lastStats = renderer.render(points, viewport, settings, tiles, targetWrapper.apply(raster));
            return null;
        });
        canvas.getGraphicsContext2D().drawImage(image, 0, 0);
        paints++;
    }
}
