package org.silhouette.app.map;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A large preview of the image under the cursor with its name and label. An overlay node, not a
 * window, and mouse-transparent, so it never steals the hover that shows it (no flicker); it only
 * changes content when the hovered image changes.
 */
final class HoverPreview extends VBox {

    static final double EDGE = 192;
    private static final double GAP = 18;

    private final ImageView view = new ImageView();
    private final Label name = new Label();
    private final Label detail = new Label();
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

    /** Shows image {@code newIndex}; the image may come later through {@link #setImage}. */
    void show(int newIndex, String title, String text, Image quick) {
        if (newIndex != index) {
            index = newIndex;
            name.setText(title);
            detail.setText(text);
            setImage(quick);
        }
        setVisible(true);
    }

    void setImage(Image image) {
        view.setImage(image);
    }

    void hide() {
        index = -1;
        setVisible(false);
        view.setImage(null);
    }

    /** Places the preview beside the cursor, flipped to stay inside {@code width}×{@code height}. */
    void placeNear(double x, double y, double width, double height) {
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
