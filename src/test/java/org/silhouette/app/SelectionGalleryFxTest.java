package org.silhouette.app;

import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The gallery of the selection through the real window: G shows exactly the selected images; a click marks
 * one and Delete takes it out of the map's selection; N names the rest through the name box (checked in the
 * store and on disk); Enter previews; Esc closes.
 */
class SelectionGalleryFxTest extends FxWindowTest {

    @Test
    void showsTheSelectionRemovesAClickedImageAndNamesTheRest(@TempDir Path dir) throws Exception {
        AppFx.withThreeGroups(dir, (w, robot, folder) -> {
            int[] selected = AppFx.lassoRows(robot, w, 1);

            robot.type(KeyCode.G);
            SelectionGallery g = FxThread.call(() -> w.imageViews().gallery);
            FxThread.await("the gallery", AppFx.TIMEOUT, g::isShowing);
            assertEquals(Arrays.stream(selected).boxed().toList(), FxThread.call(g::shownRows),
                    "exactly the selected images");
            FxThread.await("thumbnails in the gallery", AppFx.TIMEOUT, () -> g.stage().getScene().getRoot()
                    .lookupAll(".image-view").stream().anyMatch(n -> ((ImageView) n).getImage() != null));

            int removed = selected[1];
            FxClicks.click(robot, cellOf(g, removed));
            if (System.getProperty("silhouette.galleryShot") != null) { // for the user guide: one image marked
                FxThread.call(() -> {
                    Screenshots.save(g.stage().getScene(), Path.of(System.getProperty("silhouette.galleryShot")));
                    return null;
                });
            }
            robot.type(KeyCode.DELETE);
            FxThread.await("the image out of the map's selection", AppFx.TIMEOUT,
                    () -> !w.map().selectionModel().isSelected(removed));
            int[] rest = FxThread.call(() -> w.map().selectionModel().toArray());
            assertEquals(selected.length - 1, rest.length, "only the clicked image left the selection");
            FxThread.await("the gallery following the selection", AppFx.TIMEOUT,
                    () -> g.shownRows().equals(Arrays.stream(rest).boxed().toList()));

            robot.type(KeyCode.N);
            FxThread.await("the name box in the gallery", AppFx.TIMEOUT,
                    () -> g.stage().getScene().lookup("#name-field").isVisible());
            robot.write("beta").type(KeyCode.ENTER);
            Map<Integer, String> expected = new HashMap<>();
            for (int image : FxThread.call(() -> w.presenter().rows().images(rest))) {
                expected.put(image, "beta");
            }
            AppFx.awaitStore(w, expected);
            assertEquals(expected, AppFx.labelsOnDisk(folder), "the rest named, the removed image not");

            FxThread.run(() -> g.stage().requestFocus());
            robot.type(KeyCode.ENTER);
            ImagePreview p = FxThread.call(() -> w.imageViews().preview);
            FxThread.await("the preview of the first image", AppFx.TIMEOUT,
                    () -> p.isShowing() && p.shownRow() == rest[0]);
            FxThread.await("its label in the preview", AppFx.TIMEOUT,
                    () -> ImagePreviewFxTest.label(p, "#preview-detail").startsWith("Label: beta")
                            && ImagePreviewFxTest.label(p, "#preview-detail").contains(" px"));
            ImagePreviewFxTest.shoot(p, "silhouette.previewShot");
            robot.type(KeyCode.ESCAPE);
            FxThread.await("the preview closed", AppFx.TIMEOUT, () -> !p.isShowing());
            FxThread.run(() -> g.stage().requestFocus());
            robot.type(KeyCode.ESCAPE);
            FxThread.await("the gallery closed", AppFx.TIMEOUT, () -> !g.isShowing());
            assertFalse(FxThread.call(g::isShowing));
        });
    }

    /** The grid cell showing map row {@code row}. */
    private static Node cellOf(SelectionGallery g, int row) throws Exception {
        return FxThread.call(() -> {
            List<Node> cells = g.stage().getScene().getRoot().lookupAll(".grid-cell").stream()
                    .filter(n -> n instanceof GridCell<?> c && Integer.valueOf(row).equals(c.getItem())).toList();
            return cells.getFirst();
        });
    }
}
