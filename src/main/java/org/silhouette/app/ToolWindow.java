package org.silhouette.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the small windows over the main window share (the confusion table, the review queue, the doubtful
 * labels, the gallery, the preview): one stage, made on first use and kept, owned by the main window, whose
 * keys go to the window's own handler and where a key it leaves, Esc, closes it; asked for again, it comes to
 * the front. FX thread.
 */
final class ToolWindow {

    private final Supplier<Window> owner;
    private final String title;
    private final double width;
    private final double height;
    private boolean styled;
    private boolean keysAfterControls;
    private Stage stage;

    ToolWindow(Supplier<Window> owner, String title, double width, double height) {
        this.owner = owner;
        this.title = title;
        this.width = width;
        this.height = height;
    }

    /** Dressed by the app's style sheet, as the main window is. */
    ToolWindow styled() {
        styled = true;
        return this;
    }

    /** Its keys reach the handler only after its controls (a text field of its own keeps its keys, Esc too). */
    ToolWindow keysAfterControls() {
        keysAfterControls = true;
        return this;
    }

    /** The stage, made on the first call around {@code content}, with {@code keys} for the keys pressed in it. */
    Stage stage(Supplier<Parent> content, Consumer<KeyEvent> keys) {
        if (stage == null) {
            Stage s = new Stage();
            s.initOwner(owner.get());
            s.setTitle(title);
            Scene scene = new Scene(content.get(), width, height);
            if (styled) {
                scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("app.css"))
                        .toExternalForm());
            }
            if (keysAfterControls) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> pressed(e, keys));
            } else {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(e, keys));
            }
            s.setScene(scene);
            stage = s;
        }
        return stage;
    }

    /** The stage, or null before it was first asked for. */
    Stage stage() {
        return stage;
    }

    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    /** Shows the stage in front, with the keyboard on {@code focus} (null: on the window). */
    void bringForward(Node focus) {
        stage.show();
        stage.toFront();
        if (focus == null) {
            stage.requestFocus();
        } else {
            focus.requestFocus();
        }
    }

    private void pressed(KeyEvent e, Consumer<KeyEvent> keys) {
        keys.accept(e);
        if (!e.isConsumed() && e.getCode() == KeyCode.ESCAPE) {
            stage.hide();
            e.consume();
        }
    }
}
