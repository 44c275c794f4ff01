package org.silhouette.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.project.LabelState;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole labelling flow through the real window, driven by the robot: open a folder, lasso, name, press 1,
 * undo, retrain; the labels are checked in the project database itself (a second, read-only connection).
 */
class AppLabellingFxTest extends FxWindowTest {

    @Test
    void lassoNameNumberKeyUndoAndRetrain(@TempDir Path dir) throws Exception {
        Path folder = AppFx.folder(dir, 60, 3, 5, false);
        MainWindow w = AppFx.newWindow();
        FxRobot robot = new FxRobot();
        try {
            AppFx.open(w, folder);
            Map<Integer, String> expected = new HashMap<>();

            int[] a = AppFx.lassoGroup(robot, w, 0);
            robot.type(KeyCode.N).write("alpha").type(KeyCode.ENTER);
            for (int i : a) {
                expected.put(i, "alpha");
            }
            AppFx.awaitStore(w, expected);

            int[] b = AppFx.lassoGroup(robot, w, 1);
            robot.type(KeyCode.N).write("beta").type(KeyCode.ENTER);
            for (int i : b) {
                expected.put(i, "beta");
            }
            AppFx.awaitStore(w, expected);
            Map<Integer, String> beforeKey = new HashMap<>(expected);

            int[] c = AppFx.lassoGroup(robot, w, 2);
            robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER); // the first label in the panel, alpha; Enter confirms
            for (int i : c) {
                expected.put(i, "alpha");
            }
            AppFx.awaitStore(w, expected);
            assertEquals(expected, AppFx.labelsOnDisk(folder), "what the window shows is what the database holds");

            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            AppFx.awaitStore(w, beforeKey);
            assertEquals(beforeKey, AppFx.labelsOnDisk(folder), "undo restored the labels before the key press");

            float[] x0 = FxThread.call(() -> w.presenter().x().clone());
            LabelState labelsBefore = FxThread.call(() -> w.presenter().labels());
            robot.clickOn("#retrain");
            FxThread.await("a finished round", AppFx.TIMEOUT, () -> w.loop().roundsFinished() >= 1
                    && !w.loop().busyProperty().get());
            FxThread.await("the map to settle", AppFx.TIMEOUT, () -> w.map().isSettled());
            float[] x1 = FxThread.call(() -> w.presenter().x().clone());
            assertEquals(x0.length, x1.length);
            assertFalse(Arrays.equals(x0, x1), "the retrained map moved the points");
            assertTrue(labelsBefore.sameLabelling(FxThread.call(() -> w.presenter().labels())), "labels held");
            assertEquals(beforeKey, AppFx.labelsOnDisk(folder), "labels held on disk");
            assertTrue(FxThread.call(() -> w.presenter().suggested()) != null, "suggestions after the round");
        } finally {
            AppFx.close(w);
        }
    }
}
