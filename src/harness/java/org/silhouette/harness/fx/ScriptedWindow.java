package org.silhouette.harness.fx;

import javafx.scene.Parent;
import javafx.stage.Stage;
import org.silhouette.app.MainWindow;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.project.ProjectStore;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.ProjectSettings;
import org.silhouette.session.Rows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The main window driven by a script the way a person drives it: open a folder, name a selection, retrain.
 * For the FX-thread stall check of the stress harness and for the UI tests and tours; harness code, so the
 * product never carries it. Every step blocks the
 * calling thread, never the FX thread, until the app has done it.
 */
public final class ScriptedWindow {

    /** A map row's image: the store's id and the file name. */
    public record Image(int id, String fileName) {
    }

    private final MainWindow window;

    private ScriptedWindow(MainWindow window) {
        this.window = window;
    }

    /** Drives a window a test has opened. */
    public static ScriptedWindow of(MainWindow window) {
        return new ScriptedWindow(window);
    }

    /**
     * Makes the project of {@code folder} open with this backbone (a {@code --backbone} spec, or null for the
     * bundled one), the silhouette loss at d = 16, and retraining only when asked.
     */
    public static void presetBackbone(Path folder, String backbone, int tap, Pooling pooling, int size) {
        try (ProjectStore store = ProjectStore.openFolder(folder, ProjectStore.Options.defaults())) {
            new ProjectSettings(backbone, tap, pooling, size, LossKind.SILHOUETTE, 16, false).write(store);
        }
    }

    /** Starts JavaFX when needed and shows a new window of the given size. */
    public static ScriptedWindow show(int width, int height) throws Exception {
        FxThread.ensureStarted();
        return new ScriptedWindow(newWindow(new MainWindow.Options(false), width, height));
    }

    /**
     * Shows a new main window of the given size at the screen's top-left corner (where the tours' screen
     * captures expect it); call from any thread but the FX thread, once the toolkit runs.
     */
    public static MainWindow newWindow(MainWindow.Options options, int width, int height) throws Exception {
        return FxThread.call(() -> {
            MainWindow w = new MainWindow(options);
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            w.show(stage);
            return w;
        });
    }

    /** Opens an image folder; returns once its map with features is shown. */
    public void open(Path folder, Duration timeout) throws Exception {
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        FxThread.run(() -> window.open(new OpenRequest(folder, null, null), opened::complete));
        if (!opened.get(timeout.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the folder did not open: " + FxThread.call(() -> window.status().message()));
        }
    }

    /** The image of every map row, in row order; the names are read here, off the FX thread. */
    public List<Image> images() throws Exception {
        Rows rows = FxThread.call(() -> window.presenter().rows());
        ProjectSession session = FxThread.call(() -> window.project().current());
        List<Image> images = new ArrayList<>(rows.count());
        for (int r = 0; r < rows.count(); r++) {
            String path = session.imageName(rows.image(r));
            images.add(new Image(rows.image(r), path.substring(path.lastIndexOf('/') + 1)));
        }
        return images;
    }

    /** Selects these images and names them, as the label panel does; returns once the label is committed. */
    public void name(int[] images, String label, Duration timeout) throws Exception {
        FxThread.run(() -> {
            window.presenter().reselect(images);
            window.labels().assignName(label);
        });
        FxThread.await("the label '" + label + "' to be committed", timeout, () -> window.presenter().labels() != null
                && window.presenter().labels().labels().stream().anyMatch(l -> l.name().equals(label)));
    }

    /** Presses Retrain; returns the seconds until the analysed map is shown. */
    public double retrain(Duration timeout) throws Exception {
        int before = FxThread.call(() -> window.loop().roundsFinished());
        long t0 = System.nanoTime();
        FxThread.run(() -> window.loop().retrainNow());
        FxThread.await("a loop round", timeout, () -> window.loop().roundsFinished() > before
                && !window.loop().busyProperty().get());
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Seconds from the last round's request until the points started moving. */
    public double lastMoveSeconds() throws Exception {
        return FxThread.call(() -> window.loop().lastMoveSeconds());
    }

    /** Seconds from the last open request to the first points on the map (a preview or the map itself). */
    public double firstPointsSeconds() throws Exception {
        return FxThread.call(() -> window.project().times().firstMapSeconds());
    }

    /**
     * As a user with a wheel and a drag: {@code steps} events, each one zoom notch (×1.25, in for eight steps,
     * out for eight) or one 40 px pan, {@code pause} apart, so the map redraws between them.
     */
    public void panAndZoom(int steps, Duration pause) throws Exception {
        for (int i = 0; i < steps; i++) {
            int phase = i % 24;
            FxThread.run(() -> {
                var framing = window.map().framing();
                if (phase < 8) {
                    framing.zoomAboutCentre(1.25);
                } else if (phase < 16) {
                    window.map().viewport().panBy(phase < 12 ? 40 : -40, phase % 2 == 0 ? 40 : -40);
                } else {
                    framing.zoomAboutCentre(1 / 1.25);
                }
            });
            Thread.sleep(pause.toMillis());
        }
    }

    /** The scene's root, to inspect on the FX thread. */
    public Parent root() {
        return window.scene().getRoot();
    }

    /** Closes the window and frees everything; returns once every thread of it has ended. */
    public void close() throws Exception {
        CompletableFuture<Void> closed = FxThread.call(() -> {
            CompletableFuture<Void> c = window.shutdown();
            ((Stage) window.scene().getWindow()).hide();
            return c;
        });
        closed.get(60, TimeUnit.SECONDS);
    }
}
