package org.silhouette.app;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.session.Rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full-size preview through the real window: a double click on a selected point opens it on that image,
 * Right steps to the next selected image (its name and size on screen), Esc closes; Space over an unselected
 * point steps through every image instead; View > Preview opens it; a file that went bad shows one line.
 */
class ImagePreviewFxTest extends FxWindowTest {

    @Test
    void doubleClickOpensTheImageRightStepsThroughTheSelectionAndEscCloses(@TempDir Path dir) throws Exception {
        AppFx.withThreeGroups(dir, (w, robot, folder) -> {
            int[] selected = AppFx.lassoRows(robot, w, 0);

            robot.moveTo(onScreen(w, selected[1])).doubleClickOn(MouseButton.PRIMARY);
            ImagePreview p = FxThread.call(() -> w.imageViews().preview);
            FxThread.await("the preview", AppFx.TIMEOUT, p::isShowing);
            assertArrayEquals(selected, FxThread.call(() -> w.map().selectionModel().toArray()),
                    "a double click leaves the selection as it was");
            int first = FxThread.call(p::shownRow);
            assertTrue(Arrays.binarySearch(selected, first) >= 0, "a selected image is shown");
            awaitDecoded(w, p);
            assertEquals(nameOf(w, first), text(p, "#preview-name"));
            assertTrue(text(p, "#preview-detail").contains("32 × 32 px"), text(p, "#preview-detail"));
            assertTrue(text(p, "#preview-position").contains("selected images"), text(p, "#preview-position"));

            robot.type(KeyCode.RIGHT);
            int next = selected[(Arrays.binarySearch(selected, first) + 1) % selected.length];
            FxThread.await("the next selected image", AppFx.TIMEOUT, () -> p.shownRow() == next);
            awaitDecoded(w, p);
            assertNotEquals(nameOf(w, first), text(p, "#preview-name"));
            assertEquals(nameOf(w, next), text(p, "#preview-name"));

            robot.type(KeyCode.ESCAPE);
            FxThread.await("the preview closed", AppFx.TIMEOUT, () -> !p.isShowing());
        });
    }

    @Test
    void spaceOverAnUnselectedPointStepsThroughEveryImageAndTheMenuOpensItToo(@TempDir Path dir) throws Exception {
        AppFx.withThreeGroups(dir, (w, robot, folder) -> {
            ImagePreview p = FxThread.call(() -> w.imageViews().preview);
            int row = 30;
            robot.moveTo(onScreen(w, row));
            FxThread.run(() -> w.map().requestFocus());
            robot.type(KeyCode.SPACE);
            FxThread.await("the preview", AppFx.TIMEOUT, p::isShowing);
            int shown = FxThread.call(p::shownRow);
            assertTrue(shown >= 0);
            assertTrue(text(p, "#preview-position").contains("in folder order"), text(p, "#preview-position"));
            robot.type(KeyCode.LEFT);
            FxThread.await("the image before it", AppFx.TIMEOUT, () -> p.shownRow() == shown - 1);
            awaitDecoded(w, p);
            assertEquals(nameOf(w, shown - 1), text(p, "#preview-name"));
            robot.type(KeyCode.ESCAPE);
            FxThread.await("the preview closed", AppFx.TIMEOUT, () -> !p.isShowing());

            // View > Preview with nothing selected: the first image
            FxThread.run(() -> menuItem(w, "Preview").fire());
            FxThread.await("the preview from the menu", AppFx.TIMEOUT, () -> p.isShowing() && p.shownRow() == 0);
            FxThread.run(p::close);
        });
    }

    @Test
    void anImageThatWentBadShowsOneLineInsteadOfAPicture(@TempDir Path dir) throws Exception {
        Path folder = AppFx.folder(dir, 30, 3, 5, false);
        AppFx.inOpenWindow(folder, w -> {
            int row = 4;
            Path file = folder.resolve(nameOf(w, row));
            Files.write(file, "not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            ImagePreview p = FxThread.call(() -> w.imageViews().preview);
            FxThread.run(() -> p.openAt(row));
            FxThread.await("the message", AppFx.TIMEOUT, () -> label(p, "#preview-message").startsWith("Cannot show"));
            String line = text(p, "#preview-message");
            assertFalse(line.contains("\n"), line);
            assertTrue(line.contains(nameOf(w, row)), line);
            assertEquals(null, FxThread.call(() -> ((ImageView) p.stage().getScene().lookup(".image-view")).getImage()));
            assertTrue(text(p, "#preview-detail").contains("unreadable"), text(p, "#preview-detail"));
            FxThread.run(() -> p.step(1)); // and the next one still shows
            FxThread.await("the next image", AppFx.TIMEOUT, () -> p.shownRow() == row + 1
                    && ((ImageView) p.stage().getScene().lookup(".image-view")).getImage() != null);
            FxThread.run(p::close);
        });
    }

    /** Waits until the shown image has been decoded (its size is in the caption). */
    private static void awaitDecoded(MainWindow w, ImagePreview p) throws Exception {
        FxThread.await("the decoded image", AppFx.TIMEOUT, () -> label(p, "#preview-detail").contains(" px")
                && ((ImageView) p.stage().getScene().lookup(".image-view")).getImage() != null);
    }

    static Point2D onScreen(MainWindow w, int row) throws Exception {
        return FxThread.call(() -> w.map().localToScreen(w.map().screenX(row), w.map().screenY(row)));
    }

    static String nameOf(MainWindow w, int row) throws Exception {
        return FxThread.call(() -> {
            Rows rows = w.presenter().rows();
            return w.project().current().imageName(rows.image(row));
        });
    }

    static String text(ImagePreview p, String id) throws Exception {
        return FxThread.call(() -> label(p, id));
    }

    /** On the FX thread. */
    static String label(ImagePreview p, String id) {
        return ((Label) p.stage().getScene().lookup(id)).getText();
    }

    static MenuItem menuItem(MainWindow w, String startsWith) {
        MenuBar bar = (MenuBar) w.scene().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.getText().startsWith(startsWith)).findFirst().orElseThrow();
    }

    /** A screenshot of the view for the user guide, when the property names a file. */
    static void shoot(ImagePreview p, String property) throws Exception {
        if (System.getProperty(property) != null) {
            FxThread.call(() -> {
                Screenshots.save(p.stage().getScene(), Path.of(System.getProperty(property)));
                return null;
            });
        }
    }
}
