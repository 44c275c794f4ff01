package org.silhouette.app;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.project.LabelState;
import org.silhouette.project.ProjectPaths;
import org.silhouette.project.ProjectStore;
import org.silhouette.session.Rows;
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

            int[] a = lassoGroup(robot, w, 0);
            robot.type(KeyCode.N).write("alpha").type(KeyCode.ENTER);
            for (int i : a) {
                expected.put(i, "alpha");
            }
            awaitStore(w, expected);

            int[] b = lassoGroup(robot, w, 1);
            robot.type(KeyCode.N).write("beta").type(KeyCode.ENTER);
            for (int i : b) {
                expected.put(i, "beta");
            }
            awaitStore(w, expected);
            Map<Integer, String> beforeKey = new HashMap<>(expected);

            int[] c = lassoGroup(robot, w, 2);
            robot.type(KeyCode.DIGIT1); // the first label in the panel: alpha
            for (int i : c) {
                expected.put(i, "alpha");
            }
            awaitStore(w, expected);
            assertEquals(expected, labelsOnDisk(folder), "what the window shows is what the database holds");

            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            awaitStore(w, beforeKey);
            assertEquals(beforeKey, labelsOnDisk(folder), "undo restored the labels before the key press");

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
            assertEquals(beforeKey, labelsOnDisk(folder), "labels held on disk");
            assertTrue(FxThread.call(() -> w.presenter().suggested()) != null, "suggestions after the round");
        } finally {
            AppFx.close(w);
        }
    }

    /** Drags a lasso around the screen box of one group's points; returns the selected images. */
    private static int[] lassoGroup(FxRobot robot, MainWindow w, int group) throws Exception {
        double[] box = FxThread.call(() -> {
            double x0 = Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            Rows rows = w.presenter().rows();
            for (int r = 0; r < rows.count(); r++) {
                String path = w.project().current().imageName(rows.image(r));
                if (SyntheticFolder.groupOf(path) == group) {
                    x0 = Math.min(x0, w.map().screenX(r));
                    x1 = Math.max(x1, w.map().screenX(r));
                    y0 = Math.min(y0, w.map().screenY(r));
                    y1 = Math.max(y1, w.map().screenY(r));
                }
            }
            return new double[] {x0 - 8, y0 - 8, x1 + 8, y1 + 8};
        });
        Point2D[] corners = FxThread.call(() -> new Point2D[] {
                w.map().localToScreen(box[0], box[1]), w.map().localToScreen(box[2], box[1]),
                w.map().localToScreen(box[2], box[3]), w.map().localToScreen(box[0], box[3])});
        robot.moveTo(corners[0]).press(MouseButton.PRIMARY);
        for (int k = 1; k < corners.length; k++) {
            robot.moveTo(corners[k]);
        }
        robot.moveTo(corners[0]).release(MouseButton.PRIMARY);
        FxThread.await("a selection", AppFx.TIMEOUT, () -> w.map().selectionModel().count() > 0);
        return FxThread.call(() -> w.presenter().selectedImages());
    }

    /** Waits until the window shows exactly these labels (image -> name; others unlabelled). */
    private static void awaitStore(MainWindow w, Map<Integer, String> expected) throws Exception {
        FxThread.await("the labels " + expected.size(), AppFx.TIMEOUT,
                () -> w.presenter().labels() != null && named(w.presenter().labels()).equals(expected));
    }

    private static Map<Integer, String> labelsOnDisk(Path folder) {
        try (ProjectStore s = ProjectStore.open(ProjectPaths.defaultFor(folder).dir(), null,
                ProjectStore.Options.defaults().withAccess(ProjectStore.Access.READ_ONLY))) {
            return named(s.snapshot());
        }
    }

    private static Map<Integer, String> named(LabelState s) {
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < s.imageCount(); i++) {
            int id = s.labelOf(i);
            if (id >= 0) {
                out.put(i, s.label(id).orElseThrow().name());
            }
        }
        return out;
    }
}
