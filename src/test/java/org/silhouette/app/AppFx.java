package org.silhouette.app;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.harness.fx.ScriptedWindow;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.project.LabelState;
import org.silhouette.project.ProjectPaths;
import org.silhouette.project.ProjectStore;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.ProjectSettings;
import org.silhouette.session.Rows;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Shared set-up of the app's FX tests: the toolkit, a window on a generated folder, the tiny backbone. */
final class AppFx {

    static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** The two-output TorchScript fixture; tap 0 flattened at 16 px gives 256 features. */
    static final Path TINY_BACKBONE = Path.of("src/test/resources/fixtures/backbone/tiny_taps.pt").toAbsolutePath();

    private AppFx() {
    }

    /** Starts the toolkit (Monocle, headless) and keeps the app's own settings out of the user's home. */
    static void startToolkit(Path home) throws Exception {
        System.setProperty("silhouette.configDir", home.resolve("config").toString());
        System.setProperty("silhouette.dataHome", home.resolve("data").toString());
        FxToolkit.registerPrimaryStage();
    }

    /** Settings for the tiny backbone, written into the folder's project before the window opens it. */
    static void prepare(Path folder, boolean autoRetrain) {
        try (ProjectStore store = ProjectStore.openFolder(folder, ProjectStore.Options.defaults())) {
            new ProjectSettings(TINY_BACKBONE.toString(), 0, Pooling.FLATTEN, 16, LossKind.SILHOUETTE, 8, autoRetrain)
                    .write(store);
        }
    }

    /** A generated folder ({@code images} images in {@code groups} groups) with the tiny backbone's settings. */
    static Path folder(Path dir, int images, int groups, long seed, boolean autoRetrain) throws IOException {
        Path folder = SyntheticFolder.write(dir.resolve("images"), images, groups, seed);
        prepare(folder, autoRetrain);
        return folder;
    }

    static MainWindow newWindow() throws Exception {
        return ScriptedWindow.newWindow(new MainWindow.Options(false), 1280, 800);
    }

    /** Opens the folder and waits for the map with features and suggestions. */
    static void open(MainWindow w, Path folder) throws Exception {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        FxThread.run(() -> w.open(new OpenRequest(folder, null, null), done::complete));
        if (!done.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the folder did not open: " + FxThread.call(() -> w.status().message()));
        }
        FxThread.await("the map to settle", TIMEOUT, () -> w.map().isSettled());
        // the opening's last steps (the analysed map, the thumbnails, preparing the loop) run on after the map
        // shows; a test that acts meanwhile races them, and under load one once saw its keys come to nothing
        FxThread.await("the opening's background work to end", TIMEOUT, () -> w.tasks().size() == 0);
    }

    /** What a test checks in a window that shows its folder. */
    interface WindowCheck {
        void check(MainWindow w) throws Exception;
    }

    /** Opens {@code folder} in a new window, runs {@code check} and closes the window, also when it fails. */
    static void inOpenWindow(Path folder, WindowCheck check) throws Exception {
        MainWindow w = newWindow();
        try {
            open(w, folder);
            check.check(w);
        } finally {
            close(w);
        }
    }

    /** Lassoes a group, names it through the name box (N, the name, Enter) and waits until the store has it. */
    static int[] nameGroup(FxRobot robot, MainWindow w, int group, String label, Map<Integer, String> expected)
            throws Exception {
        int[] g = lassoGroup(robot, w, group);
        robot.type(javafx.scene.input.KeyCode.N).write(label).type(javafx.scene.input.KeyCode.ENTER);
        for (int i : g) {
            expected.put(i, label);
        }
        awaitStore(w, expected);
        return g;
    }

    /**
     * Names exactly one group, selected without a lasso: a lasso's box can also catch most of a group named
     * before, and a test that needs every label to keep its images (quality figures need three per label)
     * cannot depend on where the map put the groups.
     */
    static int[] nameExactGroup(FxRobot robot, MainWindow w, int group, String label, Map<Integer, String> expected)
            throws Exception {
        return nameWhere(robot, w, name -> SyntheticFolder.groupOf(name) == group, label, expected);
    }

    /** {@link #nameExactGroup} for the images whose file names {@code byName} accepts. */
    static int[] nameWhere(FxRobot robot, MainWindow w, java.util.function.Predicate<String> byName, String label,
            Map<Integer, String> expected) throws Exception {
        int[] g = FxThread.call(() -> {
            Rows rows = w.presenter().rows();
            w.map().selectionModel().selectWhere(r -> byName.test(w.project().current().imageName(rows.image(r))),
                    org.silhouette.render.MapSelection.Op.REPLACE);
            return w.presenter().selectedImages();
        });
        FxClicks.rightClick(robot, w.map()); // focus the map, change nothing
        robot.type(javafx.scene.input.KeyCode.N).write(label).type(javafx.scene.input.KeyCode.ENTER);
        for (int i : g) {
            expected.put(i, label);
        }
        awaitStore(w, expected);
        return g;
    }

    /** What a test checks in a window open on its folder, with the robot that drives it. */
    interface RobotCheck {
        void check(MainWindow w, FxRobot robot, Path folder) throws Exception;
    }

    /**
     * The folder most window tests use, 60 images in three groups under {@code dir} (retraining only when
     * asked), open in a new window; runs {@code check} and closes the window.
     */
    static void withThreeGroups(Path dir, RobotCheck check) throws Exception {
        Path folder = folder(dir, 60, 3, 5, false);
        FxRobot robot = new FxRobot();
        inOpenWindow(folder, w -> check.check(w, robot, folder));
    }

    /** What a test checks in a window whose first two groups are named; {@code expected} is what they hold. */
    interface NamedGroupsCheck {
        void check(MainWindow w, FxRobot robot, Path folder, Map<Integer, String> expected) throws Exception;
    }

    /** {@link #withThreeGroups}, with group 0 named "alpha" and group 1 "beta". */
    static void withAlphaAndBeta(Path dir, NamedGroupsCheck check) throws Exception {
        withThreeGroups(dir, (w, robot, folder) -> {
            Map<Integer, String> expected = new java.util.HashMap<>();
            nameGroup(robot, w, 0, "alpha", expected);
            nameGroup(robot, w, 1, "beta", expected);
            check.check(w, robot, folder, expected);
        });
    }

    /** What a test checks in a window on the three-colour folder, with its session. */
    interface SessionCheck {
        void check(MainWindow w, org.silhouette.session.ProjectSession s, FxRobot robot) throws Exception;
    }

    /** The three colours of 20 images ({@link DoubtfulLabelsFxTest#colours}) under {@code dir}, open, unlabelled. */
    static void withColours(Path dir, SessionCheck check) throws Exception {
        Path folder = DoubtfulLabelsFxTest.colours(dir.resolve("images"), 20);
        prepare(folder, false);
        FxRobot robot = new FxRobot();
        inOpenWindow(folder, w -> check.check(w, FxThread.call(() -> w.project().current()), robot));
    }

    /** What a test checks in two windows on one project: the first holds it, the second is read-only. */
    interface TwoWindowsCheck {
        void check(MainWindow first, MainWindow second) throws Exception;
    }

    /** A 30-image folder opened in two windows, the second after the first; both closed after {@code check}. */
    static void withTwoWindowsOnOneProject(Path dir, TwoWindowsCheck check) throws Exception {
        Path folder = folder(dir, 30, 3, 3, false);
        MainWindow first = newWindow();
        MainWindow second = newWindow();
        try {
            open(first, folder);
            open(second, folder);
            check.check(first, second);
        } finally {
            close(second);
            close(first);
        }
    }

    /** Closes the window and waits until every background thread of the window has ended. */
    static void close(MainWindow w) throws Exception {
        CompletableFuture<Void> closed = FxThread.call(() -> {
            CompletableFuture<Void> c = w.shutdown();
            w.scene().getWindow().hide();
            return c;
        });
        closed.get(60, TimeUnit.SECONDS);
    }

    /** Drags a lasso around the screen box of one group's points; returns the selected images. */
    static int[] lassoGroup(FxRobot robot, MainWindow w, int group) throws Exception {
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

    /** {@link #lassoGroup}, checked to have caught more than two images; returns the selected map rows. */
    static int[] lassoRows(FxRobot robot, MainWindow w, int group) throws Exception {
        lassoGroup(robot, w, group);
        int[] selected = FxThread.call(() -> w.map().selectionModel().toArray());
        org.junit.jupiter.api.Assertions.assertTrue(selected.length > 2, "a group selected");
        return selected;
    }

    /** Waits until the window shows exactly these labels (image -> name; others unlabelled). */
    static void awaitStore(MainWindow w, Map<Integer, String> expected) throws Exception {
        FxThread.await("the labels " + expected.size(), AppFx.TIMEOUT,
                () -> w.presenter().labels() != null && named(w.presenter().labels()).equals(expected));
    }

    static Map<Integer, String> labelsOnDisk(Path folder) {
        try (ProjectStore s = ProjectStore.open(ProjectPaths.defaultFor(folder).dir(), null,
                ProjectStore.Options.defaults().withAccess(ProjectStore.Access.READ_ONLY))) {
            return named(s.snapshot());
        }
    }

    static Map<Integer, String> named(LabelState s) {
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
