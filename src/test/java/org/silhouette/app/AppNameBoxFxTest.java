package org.silhouette.app;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The name box through the real window: Enter applies the typed name even while completions are offered (the
 * ControlsFX popup once swallowed it), and Down then Enter picks an offered name.
 */
class AppNameBoxFxTest extends FxWindowTest {

    @Test
    void enterAppliesTheTypedNameWhileCompletionsShow(@TempDir Path dir) throws Exception {
        AppFx.withThreeGroups(dir, (w, robot, folder) -> {
            Map<Integer, String> expected = new HashMap<>();
            name(robot, w, 0, "alpha", "alpha", expected);
            // "alpha" again: the completion offers "alpha" while the user presses Enter after a pause
            name(robot, w, 1, "alpha", "alpha", expected);
            // "al" and Down picks the offered "alpha"
            int[] c = AppFx.lassoGroup(robot, w, 2);
            robot.type(KeyCode.N).write("al");
            Thread.sleep(1000);
            robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
            for (int i : c) {
                expected.put(i, "alpha");
            }
            AppFx.awaitStore(w, expected);
            assertEquals(expected, AppFx.labelsOnDisk(folder));
            assertEquals(false, FxThread.call(() -> w.nameBoxOpen()), "the box closed");
        });
    }

    /** Lassoes a group, types the name, pauses as a person does (the completions show), presses Enter. */
    private static void name(FxRobot robot, MainWindow w, int group, String typed, String label,
            Map<Integer, String> expected) throws Exception {
        int[] g = AppFx.lassoGroup(robot, w, group);
        robot.type(KeyCode.N).write(typed);
        Thread.sleep(1000);
        robot.type(KeyCode.ENTER);
        for (int i : g) {
            expected.put(i, label);
        }
        AppFx.awaitStore(w, expected);
    }
}
