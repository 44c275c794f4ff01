package org.silhouette.app.map;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.silhouette.render.MapPoints;
import org.silhouette.render.Overview;
import org.silhouette.render.Viewport;

/**
 * An overview of the whole map with the visible part outlined. Click or drag in it to move the view.
 * Points are drawn as single pixels into a small raster ({@link Overview}); only its outline moves when the
 * view pans.
 */
final class Minimap extends Pane {

    static final int WIDTH = 200;
    static final int HEIGHT = 140;
    private static final int MARGIN = 6;
    /** A shade lighter than the map, so the overview reads as a panel. */
    static final int BACKGROUND_RGB = 0x24262B;

    private final Overview overview = new Overview(WIDTH, HEIGHT, MARGIN);
    private final WritableImage image = new WritableImage(WIDTH, HEIGHT);
    private final Rectangle outline = new Rectangle();
    private final Viewport view;

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
        overview.draw(points, boundsX, boundsY, backgroundRgb);
        image.getPixelWriter().setPixels(0, 0, WIDTH, HEIGHT, PixelFormat.getIntArgbPreInstance(), overview.pixels(), 0,
                WIDTH);
        drawView();
    }

    /** Moves the outline to the main view's visible area. */
    void drawView() {
        double[] box = overview.outline(view);
        outline.setX(box[0]);
        outline.setY(box[1]);
        outline.setWidth(box[2]);
        outline.setHeight(box[3]);
    }

    private void centreView(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            view.centreOn(overview.frame().toWorldX(e.getX()), overview.frame().toWorldY(e.getY()));
        }
    }
}
