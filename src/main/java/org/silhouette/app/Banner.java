package org.silhouette.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A one-line offer over the top of the map with two answers; either answer closes it. Plain nodes without
 * effects or clips, which the software renderer draws cheaply. FX thread.
 */
final class Banner {

    private final Label text = new Label();
    private final Button yes = new Button();
    private final Button no = new Button();
    private final HBox box = new HBox(10, text, yes, no);
    private final Runnable refocus;

    /** @param refocus gives the keyboard back to the map once an answer closed the banner */
    Banner(Runnable refocus) {
        this.refocus = refocus;
        box.getStyleClass().add("banner");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE); // the width: see fitWithin
        text.setWrapText(true);
        text.setMaxWidth(520);
        HBox.setHgrow(text, Priority.ALWAYS);
        yes.setMinWidth(Region.USE_PREF_SIZE);
        no.setMinWidth(Region.USE_PREF_SIZE);
        yes.setId("banner-yes");
        text.setMinWidth(120);
        box.setVisible(false);
    }

    Node node() {
        return box;
    }

    /** Keeps the banner within {@code width} less {@code margins}, wrapping its text, so it never covers the map's buttons. */
    void fitWithin(javafx.beans.value.ObservableDoubleValue width, double margins) {
        box.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(box.prefWidth(-1), Math.max(0, width.get() - margins)), width, text.textProperty(),
                yes.textProperty(), no.textProperty()));
    }

    boolean isShowing() {
        return box.isVisible();
    }

    /** A note with one button that closes it. */
    void note(String message) {
        show(message, "OK", () -> { }, null, () -> { });
    }

    /** @param noText null for a single button */
    void show(String message, String yesText, Runnable onYes, String noText, Runnable onNo) {
        text.setText(message);
        yes.setText(yesText);
        no.setText(noText);
        yes.setOnAction(e -> {
            box.setVisible(false);
            refocus.run(); // a hidden button keeps the focus otherwise, and the map's keys stop working
            onYes.run();
        });
        no.setOnAction(e -> {
            box.setVisible(false);
            refocus.run();
            onNo.run();
        });
        no.setVisible(noText != null);
        no.setManaged(noText != null);
        box.setVisible(true);
    }
}
