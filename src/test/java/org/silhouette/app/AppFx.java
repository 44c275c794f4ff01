package org.silhouette.app;

import org.silhouette.embed.backbone.Pooling;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.project.ProjectStore;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.ProjectSettings;
import org.testfx.api.FxToolkit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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

    /** Closes the window and waits until every background thread of the window has ended. */
    static void close(MainWindow w) throws Exception {
        CompletableFuture<Void> closed = FxThread.call(() -> {
            CompletableFuture<Void> c = w.shutdown();
            w.scene().getWindow().hide();
            return c;
        });
        closed.get(60, TimeUnit.SECONDS);
    }
}
