package org.silhouette.app;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.silhouette.session.PreviewWalk;


/**
 * One image at full size (View > Preview, Space or a double click on the map), with its file name, label or
 * suggestion and size. Left and Right step through the selection when the image is in it, else through every
 * image in folder order (the map's rows); Esc or Space closes. The image is decoded on a background queue, a
 * step the user has moved on from is never shown, and an unreadable file shows one line instead. FX thread.
 */
final class ImagePreview {

    private final WindowParts app;
    private final ToolWindow window;
    private final LargeImage picture;
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label position = new Label();
    /** The rows stepped through, of the project and rows the preview was opened on. */
    private PreviewWalk walk;
    /** Esc closes it too, as every small window. */
    private final KeyMap keys = KeyMap.anyModifiers().on(() -> step(1), KeyCode.RIGHT, KeyCode.DOWN)
            .on(() -> step(-1), KeyCode.LEFT, KeyCode.UP).on(this::close, KeyCode.SPACE);

    ImagePreview(WindowParts app) {
        this.app = app;
        this.picture = new LargeImage(app.workers().inspector, "preview-message");
        this.window = new ToolWindow(app.owner(), "Preview", 900, 700);
        app.presenter().addLabelListener(this::describe);
    }

    /** View > Preview: the first selected image, else the first image. */
    void openFromMenu() {
        int[] selected = app.presenter().selection().toArray();
        openAt(selected.length > 0 ? selected[0] : 0);
    }

    /**
     * Shows map row {@code row}; -1 (Space with the cursor on no point) shows the first selected image, and
     * with nothing selected only says how to pick one.
     */
    void openAt(int row) {
        PreviewWalk opened = PreviewWalk.opening(row, app.current(), app.presenter());
        if (opened == null) {
            return;
        }
        walk = opened;
        window.stage(this::content, keys::pressed).setOnHidden(e -> picture.cancel());
        show();
        window.bringForward(null);
    }

    /** Moves {@code delta} images on, wrapping around. */
    void step(int delta) {
        if (!isShowing() || walk == null) {
            return;
        }
        walk.step(delta);
        show();
    }

    boolean isShowing() {
        return window.isShowing();
    }

    void close() {
        picture.cancel();
        window.hide();
    }

    /** The map row shown, or -1 (for tests). */
    int shownRow() {
        return isShowing() && walk != null ? walk.row() : -1;
    }

    Stage stage() {
        return window.stage();
    }

    private Parent content() {
        picture.message().setStyle("-fx-text-fill: #e0e0e0; -fx-font-size: 14px;");
        picture.node().setStyle("-fx-background-color: #101114;");
        name.setId("preview-name");
        name.setStyle("-fx-font-weight: bold; -fx-font-size: 14px; -fx-text-fill: #f0f0f0;");
        detail.setStyle("-fx-text-fill: #c8c8c8;");
        detail.setId("preview-detail");
        position.setId("preview-position");
        position.setStyle("-fx-text-fill: #9a9a9a;");
        VBox caption = new VBox(3, name, detail, position);
        caption.setPadding(new Insets(8, 12, 10, 12));
        caption.setStyle("-fx-background-color: #1b1d22;"); // one dark frame around the picture, as on the map
        BorderPane root = new BorderPane(picture.node());
        root.setBottom(caption);
        return root;
    }

    /** Shows the walk's image: its caption at once, its pixels when decoded. */
    private void show() {
        if (!walk.stillShown(app.current(), app.presenter())) {
            close(); // another project, or another map: these rows mean other images now
            return;
        }
        describe();
        picture.load(walk.session(), walk.image(), sized -> {
            walk.sized(sized);
            describe();
        });
    }

    /** The caption: the file, its label (or suggestion with its confidence), its size, where in the sequence. */
    private void describe() {
        if (window.stage() == null || walk == null || !walk.sameRows(app.presenter())) {
            return;
        }
        name.setText(walk.name());
        detail.setText(walk.detail(app.presenter()));
        position.setText(walk.position());
    }
}
