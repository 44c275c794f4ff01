package org.silhouette.app.map;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.silhouette.render.ArgbTile;
import org.silhouette.render.Hover;

import java.util.function.IntFunction;

/**
 * A large preview of the image under the cursor with its name and label: the quick thumbnail at once and the
 * larger image when it has loaded ({@link PreviewLoader}). An overlay node, not a window, and mouse-transparent,
 * so it never steals the hover that shows it (no flicker); it only changes content when the hovered image
 * changes. What it works from (the mouse, names, the larger images) is {@link Hover}'s. FX thread.
 */
final class HoverPreview extends VBox {

    static final double EDGE = 192;
    private static final double GAP = 18;

    private final ImageView view = new ImageView();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final PreviewLoader previews = new PreviewLoader();
    private int index = -1;

    HoverPreview() {
        getStyleClass().add("map-hover");
        view.setFitWidth(EDGE);
        view.setFitHeight(EDGE);
        view.setPreserveRatio(true);
        StackPane frame = new StackPane(view);
        frame.setMinSize(EDGE, EDGE);
        frame.setPrefSize(EDGE, EDGE);
        frame.getStyleClass().add("map-hover-image");
        name.getStyleClass().add("map-hover-name");
        detail.getStyleClass().add("map-hover-detail");
        name.setMaxWidth(EDGE);
        detail.setMaxWidth(EDGE);
        getChildren().addAll(frame, name, detail);
        setPadding(new Insets(6));
        setSpacing(3);
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
    }

    int index() {
        return index;
    }

    /**
     * Shows point {@code point} (-1 hides the preview) next to the mouse, within a map of {@code width} by
     * {@code height}.
     *
     * @param details the text under a point's name
     * @param quick a point's thumbnail when already loaded, else null
     * @param thumbnails loads a thumbnail when there is no preview loader, or null
     */
    void follow(int point, Hover hover, IntFunction<String> details, IntFunction<ArgbTile> quick,
            IntFunction<ArgbTile> thumbnails, double width, double height) {
        if (point < 0) {
            hide();
            return;
        }
        if (point != index) {
            index = point;
            ArgbTile tile = quick.apply(point);
            name.setText(hover.name(point));
            detail.setText(details.apply(point));
            view.setImage(tile == null ? null : FxImages.enlarged(tile, EDGE));
            IntFunction<ArgbTile> loader = hover.previewsOr(thumbnails);
            if (loader != null) {
                previews.request(point, loader, image -> {
                    if (index == point) {
                        view.setImage(image);
                    }
                });
            }
        }
        setVisible(true);
        placeNear(hover.mouseX(), hover.mouseY(), width, height);
    }

    void hide() {
        index = -1;
        setVisible(false);
        view.setImage(null);
    }

    /** Stops loading larger images. */
    void shutdown() {
        previews.shutdown();
    }

    boolean awaitTermination(long millis) throws InterruptedException {
        return previews.awaitTermination(millis);
    }

    /** Places the preview beside the cursor, flipped to stay inside {@code width}×{@code height}. */
    private void placeNear(double x, double y, double width, double height) {
        applyCss();
        autosize();
        double w = prefWidth(-1);
        double h = prefHeight(w);
        resize(w, h);
        double px = x + GAP + w <= width ? x + GAP : x - GAP - w;
        double py = y + GAP + h <= height ? y + GAP : y - GAP - h;
        relocate(Math.max(0, px), Math.max(0, py));
    }
}
