package org.silhouette.app;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A bar at the foot of the map for changes to many labels: it asks before a bare key changes them ("Give the
 * 142 selected images the label 'coat'?", Enter or Esc), and says what a change did, with its count and an Undo
 * button. Its buttons never take the keyboard focus, so the map keeps it. FX thread.
 */
final class ActionBar {

    /** How long "what was done" stays up. */
    static final Duration TELL_FOR = Duration.seconds(8);

    private final Label text = new Label();
    private final Button yes = new Button();
    private final Button no = new Button();
    private final HBox box = new HBox(10, text, yes, no);
    private final PauseTransition hide = new PauseTransition(TELL_FOR);
    private final Runnable refocus;
    private Runnable onYes;

    /** @param refocus gives the keyboard focus back to the map after a click */
    ActionBar(Runnable refocus) {
        this.refocus = refocus;
        box.setId("action-bar");
        text.setId("action-text");
        yes.setId("action-yes");
        no.setId("action-no");
        box.getStyleClass().addAll("banner", "action-bar");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        for (Button b : new Button[] {yes, no}) {
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        yes.setOnAction(e -> {
            confirm();
            refocus.run();
        }); // the other button's action is set by each ask or tell: Cancel, or Undo
        hide.setOnFinished(e -> {
            if (onYes == null) {
                box.setVisible(false);
            }
        });
        box.setVisible(false);
    }

    Node node() {
        return box;
    }

    /** Asks before a change: Enter (or the Apply button) runs it, Esc or any other key drops it. */
    void ask(String question, String action, Runnable onApply) {
        hide.stop();
        onYes = onApply;
        text.setText(question);
        yes.setText(action + " (Enter)");
        no.setText("Cancel (Esc)");
        show(true);
    }

    /** Says what a change did, with Undo, for a few seconds. */
    void tell(String what, Runnable undo) {
        onYes = null;
        text.setText(what);
        no.setText("Undo");
        no.setOnAction(e -> {
            box.setVisible(false);
            undo.run();
            refocus.run();
        });
        show(false);
        hide.playFromStart();
    }

    boolean isAsking() {
        return box.isVisible() && onYes != null;
    }

    /** Runs the change asked about. */
    void confirm() {
        Runnable r = onYes;
        onYes = null;
        box.setVisible(false);
        if (r != null) {
            r.run();
        }
    }

    /** Drops the question (or the note). */
    void dismiss() {
        onYes = null;
        box.setVisible(false);
    }

    String text() {
        return box.isVisible() ? text.getText() : "";
    }

    private void show(boolean asking) {
        yes.setVisible(asking);
        yes.setManaged(asking);
        if (asking) {
            no.setOnAction(e -> {
                dismiss();
                refocus.run();
            });
        }
        box.setVisible(true);
    }
}
