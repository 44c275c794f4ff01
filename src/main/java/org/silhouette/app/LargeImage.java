package org.silhouette.app;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.silhouette.app.map.FxImages;
import org.silhouette.core.LatestOnly;
import org.silhouette.session.Failures;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.ShownImage;

import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * One image as large as its window allows, over a line that says why there is none (loading, unreadable), for
 * the preview and the review queue. The image is decoded on a background queue; a request the user has moved on
 * from is never decoded, and its result never shown. FX thread.
 */
final class LargeImage {

    /** Pixels kept free around the picture. */
    private static final double PAD = 12;

    private final ExecutorService decoder;
    private final ImageView view = new ImageView();
    private final Label message = new Label();
    private final StackPane pane = new StackPane(view, message);
    private final LatestOnly loads = new LatestOnly(Platform::runLater);

    /** @param messageId the id of the line under the picture, for tests */
    LargeImage(ExecutorService decoder, String messageId) {
        this.decoder = decoder;
        view.setPreserveRatio(true);
        message.setId(messageId);
        message.setWrapText(true);
        pane.setMinSize(0, 0);
        view.fitWidthProperty().bind(pane.widthProperty().subtract(2 * PAD));
        view.fitHeightProperty().bind(pane.heightProperty().subtract(2 * PAD));
    }

    StackPane node() {
        return pane;
    }

    Label message() {
        return message;
    }

    /** An image read, with its picture made for the screen on the decoding thread (null: none). */
    private record Decoded(ShownImage read, Image picture) {
    }

    /** Says "Loading…", shows image {@code image} of {@code ws} once decoded, and hands its size to {@code sized}. */
    void load(ProjectSession ws, int image, Consumer<String> sized) {
        view.setImage(null);
        message.setText("Loading…");
        loads.run(decoder, () -> {
            ShownImage read = ShownImage.read(ws, image);
            return new Decoded(read, read.tile() == null ? null : FxImages.enlarged(read.tile(), 512));
        }, (decoded, error) -> {
            if (decoded == null) { // an error the reading does not catch, such as running out of memory
                message.setText(Failures.describe(error));
                return;
            }
            view.setImage(decoded.picture());
            message.setText(decoded.read().message());
            sized.accept(decoded.read().size());
        });
    }

    /** Shows no image, and why. */
    void showNothing(String why) {
        loads.cancel();
        view.setImage(null);
        message.setText(why);
    }

    /** Drops the image being decoded (the window closed). */
    void cancel() {
        loads.cancel();
    }
}
