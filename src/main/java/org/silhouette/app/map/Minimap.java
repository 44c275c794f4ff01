package org.silhouette.app.map;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.silhouette.render.FiniteBounds;
import org.silhouette.render.MapPoints;
import org.silhouette.render.Viewport;

/**
 * An overview of the whole map with the visible part outlined. Click or drag in it to move the view.
 * Points are drawn as single pixels into a small raster; only its outline moves when the view pans.
 */
final class Minimap extends Pane {

    static final int WIDTH = 200;
    static final int HEIGHT = 140;
    private static final int MARGIN = 6;
    /** A shade lighter than the map, so the overview reads as a panel. */
    static final int BACKGROUND_RGB = 0x24262B;

    private final int[] pixels = new int[WIDTH * HEIGHT];
    private final WritableImage image = new WritableImage(WIDTH, HEIGHT);
    private final Rectangle outline = new Rectangle();
    private final Viewport view;
    private double scale = 1;
    private double offX;
    private double offY;

    Minimap(Viewport view) {
        this.view = view;
        getStyleClass().add("map-minimap");
        ImageView iv = new ImageView(image);
        outline.setFill(Color.rgb(255, 255, 255, 0.06));
        outline.setStroke(Color.rgb(255, 255, 255, 0.85));
        outline.setStrokeWidth(1);
        outline.setMouseTransparent(true);
        getChildren().addAll(iv, outline);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle(WIDTH, HEIGHT);
        setClip(clip);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::centreView);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centreView);
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    }

    /** Redraws all points; {@code boundsX/Y} are the arrays that define the overview's extent. */
    void drawPoints(MapPoints points, float[] boundsX, float[] boundsY, int backgroundRgb) {
        computeFrame(boundsX, boundsY, points.count());
        java.util.Arrays.fill(pixels, 0xFF000000 | backgroundRgb);
        float[] xs = points.x();
        float[] ys = points.y();
        int[] colour = points.colourIndex();
        int[] palette = points.palette();
        int[] order = points.drawOrder();
        for (int k = 0; k < points.count(); k++) {
            int i = order[k];
            double px = xs[i] * scale + offX;
            double py = ys[i] * scale + offY;
            if (px >= 0 && py >= 0 && px < WIDTH && py < HEIGHT) {
                pixels[(int) py * WIDTH + (int) px] = 0xFF000000 | palette[colour[i]];
            }
        }
        image.getPixelWriter().setPixels(0, 0, WIDTH, HEIGHT, PixelFormat.getIntArgbPreInstance(), pixels, 0, WIDTH);
        drawView();
    }

    /** Moves the outline to the main view's visible area. */
    void drawView() {
        double x0 = view.toWorldX(0) * scale + offX;
        double y0 = view.toWorldY(0) * scale + offY;
        double x1 = view.toWorldX(view.width()) * scale + offX;
        double y1 = view.toWorldY(view.height()) * scale + offY;
        outline.setX(Math.max(-1, x0));
        outline.setY(Math.max(-1, y0));
        outline.setWidth(Math.max(2, Math.min(WIDTH + 1, x1) - Math.max(-1, x0)));
        outline.setHeight(Math.max(2, Math.min(HEIGHT + 1, y1) - Math.max(-1, y0)));
    }

    private void computeFrame(float[] xs, float[] ys, int n) {
        float[] b = FiniteBounds.orUnitSquare(xs, ys, n);
        double ax = b[0];
        double ay = b[1];
        double bx = b[2];
        double by = b[3];
        double w = Math.max(bx - ax, 1e-9);
        double h = Math.max(by - ay, 1e-9);
        scale = Math.min((WIDTH - 2 * MARGIN) / w, (HEIGHT - 2 * MARGIN) / h);
        offX = WIDTH / 2.0 - (ax + bx) / 2 * scale;
        offY = HEIGHT / 2.0 - (ay + by) / 2 * scale;
    }

    private void centreView(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            view.centreOn((e.getX() - offX) / scale, (e.getY() - offY) / scale);
        }
    }
}
