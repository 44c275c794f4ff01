package org.silhouette.app;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.project.LabelState;

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
        AppFx.withAlphaAndBeta(dir, (w, robot, folder, expected) -> {
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
            FxClicks.click(robot, "#retrain");
            FxThread.await("a finished round", AppFx.TIMEOUT, () -> w.loop().roundsFinished() >= 1
                    && !w.loop().busyProperty().get());
            FxThread.await("the map to settle", AppFx.TIMEOUT, () -> w.map().isSettled());
            float[] x1 = FxThread.call(() -> w.presenter().x().clone());
            assertEquals(x0.length, x1.length);
            assertFalse(Arrays.equals(x0, x1), "the retrained map moved the points");
            assertTrue(labelsBefore.sameLabelling(FxThread.call(() -> w.presenter().labels())), "labels held");
            assertEquals(beforeKey, AppFx.labelsOnDisk(folder), "labels held on disk");
            assertTrue(FxThread.call(() -> w.presenter().suggested()) != null, "suggestions after the round");
        });
    }
}
