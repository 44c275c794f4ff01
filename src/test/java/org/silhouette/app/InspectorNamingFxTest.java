package org.silhouette.app;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.render.MapSelection;
import org.silhouette.session.Rows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Naming from the inspector through the real window: its Name… button is disabled with nothing selected or in a
 * read-only window (and its tooltip says why); with a group selected it opens the map's name box, and the name
 * typed there reaches the store and the disk. A thumbnail's right-click menu takes one image out of the selection.
 */
class InspectorNamingFxTest extends FxWindowTest {

    @Test
    void theNameButtonNamesTheSelectionAndIsDisabledWithoutOne(@TempDir Path dir) throws Exception {
        AppFx.withThreeGroups(dir, (w, robot, folder) -> {
            Button name = button(w);
            FxThread.run(() -> w.map().selectionModel().clear());
            FxThread.await("the button disabled with nothing selected", AppFx.TIMEOUT, name::isDisabled);
            assertTrue(FxThread.call(() -> w.inspector().namingTip()).startsWith("Select images first"));

            int[] group = FxThread.call(() -> {
                Rows rows = w.presenter().rows();
                w.map().selectionModel().selectWhere(r -> SyntheticFolder.groupOf(
                        w.project().current().imageName(rows.image(r))) == 1, MapSelection.Op.REPLACE);
                return w.presenter().selectedImages();
            });
            assertTrue(group.length > 2, "a group selected");
            FxThread.await("the button enabled", AppFx.TIMEOUT, () -> !name.isDisabled());

            FxClicks.click(robot, name);
            FxThread.await("the map's name box open", AppFx.TIMEOUT, w::nameBoxOpen);
            robot.write("gamma").type(KeyCode.ENTER);
            Map<Integer, String> expected = new HashMap<>();
            for (int image : group) {
                expected.put(image, "gamma");
            }
            AppFx.awaitStore(w, expected);
            assertEquals(expected, AppFx.labelsOnDisk(folder), "exactly the selected group named, on disk too");
            assertFalse(FxThread.call(w::nameBoxOpen), "the box closed after Enter");

            int[] rows = FxThread.call(() -> w.map().selectionModel().toArray());
            int out = rows[0];
            Node cell = FxThread.call(() -> w.inspector().node().lookupAll(".grid-cell").stream()
                    .filter(n -> n instanceof GridCell<?> c && Integer.valueOf(out).equals(c.getItem()))
                    .findFirst().orElseThrow());
            FxClicks.rightClick(robot, cell);
            assertTrue(FxThread.call(() -> w.map().selectionModel().isSelected(out)), "a right click alone keeps it");
            FxClicks.click(robot, "Remove from selection");
            FxThread.await("the image out of the selection", AppFx.TIMEOUT,
                    () -> !w.map().selectionModel().isSelected(out));
            assertEquals(rows.length - 1, (int) FxThread.call(() -> w.map().selectionModel().count()),
                    "only that image left the selection");
        });
    }

    @Test
    void theNameButtonIsDisabledInAReadOnlyWindowAndSaysWhy(@TempDir Path dir) throws Exception {
        AppFx.withTwoWindowsOnOneProject(dir, (first, second) -> {
            assertFalse(FxThread.call(() -> second.labels().writableProperty().get()), "the second cannot write");
            FxThread.run(() -> second.map().selectionModel().selectWhere(r -> true, MapSelection.Op.REPLACE));
            Button name = button(second);
            FxThread.await("a selection in the read-only window", AppFx.TIMEOUT,
                    () -> second.map().selectionModel().count() > 0);
            assertTrue(FxThread.call(name::isDisabled), "no naming in a read-only window");
            assertTrue(FxThread.call(() -> second.inspector().namingTip()).contains("read-only"));
            FxThread.run(() -> first.map().selectionModel().selectWhere(r -> true, MapSelection.Op.REPLACE));
            assertFalse(FxThread.call(button(first)::isDisabled), "the writable window can name its selection");
        });
    }

    private static Button button(MainWindow w) throws Exception {
        return FxThread.call(() -> (Button) w.inspector().node().lookup("#inspector-name"));
    }
}
