package org.silhouette.app;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: a message on the left (what just happened), and on the right the pending store writes,
 * the demo-truth accuracy, the problems link and the counts. FX thread.
 */
public final class StatusLine {

    private final StatusBar bar = new StatusBar();
    private final Label saving = new Label();
    private final Label truth = new Label();
    private final Hyperlink problems = new Hyperlink();
    private final Label counts = new Label();
    private int pending;

    StatusLine() {
        bar.setText("Open a folder of images (File > Open folder…).");
        truth.getStyleClass().add("truth");
        truth.setTooltip(new Tooltip("Labels (and accepted suggestions) compared with the demo's truth.csv;"
                + " the truth is never imported as labels."));
        problems.setTooltip(new Tooltip("Files that were skipped, with the reason"));
        problems.setFocusTraversable(false);
        problems.setVisible(false);
        problems.setManaged(false);
        saving.setTooltip(new Tooltip("Label changes waiting to be written to the project"));
        bar.getRightItems().addAll(saving, truth, problems, new Separator(javafx.geometry.Orientation.VERTICAL), counts);
    }

    StatusBar node() {
        return bar;
    }

    void message(String text) {
        bar.setText(text);
    }

    public String message() {
        return bar.getText();
    }

    void counts(String text) {
        counts.setText(text);
    }

    void truth(String text) {
        truth.setText(text == null ? "" : text);
    }

    String truth() {
        return truth.getText();
    }

    void problems(int n, Runnable onClick) {
        problems.setText(n == 1 ? "1 problem" : n + " problems");
        problems.setOnAction(e -> onClick.run());
        problems.setVisible(n > 0);
        problems.setManaged(n > 0);
    }

    /** One more (+1) or one fewer (-1) store write in flight. */
    void pending(int delta) {
        pending += delta;
        saving.setText(pending > 0 ? "Saving…" : "");
    }
}
