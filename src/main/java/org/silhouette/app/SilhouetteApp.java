package org.silhouette.app;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.silhouette.app.demo.DemoDataset;
import org.silhouette.app.demo.FashionMnistDemo;
import org.silhouette.app.demo.FolderDemo;
import org.silhouette.app.map.MapView;
import org.silhouette.core.UserError;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts JavaFX, opens the main window on the requested data (the Fashion-MNIST demo when none), and
 * returns the exit code once the window closes. With a screenshot path it saves the window once the
 * map shows thumbnails, then exits.
 */
public final class SilhouetteApp {

    private SilhouetteApp() {
    }

    static int run(GuiLauncher.Request request) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exit = new AtomicInteger();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow();
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
            window.show(stage);
            window.load(loaderFor(request), data -> {
                if (request.screenshot() != null) {
                    ScreenshotFlow.afterThumbnails(window, request.screenshot(), code -> {
                        exit.set(code);
                        stage.close();
                    });
                }
            }, error -> {
                if (request.screenshot() != null) {
                    System.err.println("error: " + error.getMessage());
                    exit.set(1);
                    stage.close();
                } else {
                    MainWindow.showError(error);
                }
            });
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return exit.get();
    }

    static MainWindow.Loader loaderFor(GuiLauncher.Request request) {
        Path data = request.data();
        if (data == null) {
            return (progress, cancel) -> FashionMnistDemo.load(FashionMnistDemo.DEFAULT_DIR, 10_000, progress, cancel);
        }
        Path cache = request.project() != null ? request.project() : data.resolve(".silhouette");
        return (progress, cancel) -> FolderDemo.load(data, cache, progress, cancel);
    }

    /** Zooms in to thumbnails, waits until they are drawn, saves the window. */
    static final class ScreenshotFlow {
        private ScreenshotFlow() {
        }

        static void afterThumbnails(MainWindow window, Path file, java.util.function.IntConsumer done) {
            MapView map = window.map();
            DemoDataset data = window.data();
            map.viewport().centreOn(median(data.x()), median(data.y()));
            map.viewport().zoomAbout(map.viewport().width() / 2, map.viewport().height() / 2, thumbnailZoom(map));
            long deadline = System.nanoTime() + 30_000_000_000L;
            javafx.animation.AnimationTimer poll = new javafx.animation.AnimationTimer() {
                private int stableFrames;

                @Override
                public void handle(long now) {
                    boolean drawn = map.isSettled() && map.lastFrame().thumbnails() && map.lastFrame().dots() == 0;
                    stableFrames = drawn ? stableFrames + 1 : 0;
                    if (stableFrames >= 3 || now > deadline) {
                        stop();
                        try {
                            Screenshots.save(window.scene(), file);
                            done.accept(0);
                        } catch (java.io.IOException | UserError e) {
                            System.err.println("error: could not save the screenshot: " + e.getMessage());
                            done.accept(1);
                        }
                    }
                }
            };
            poll.start();
        }

        /** Zoom factor that makes the typical spacing 40 px, enough for thumbnails. */
        private static double thumbnailZoom(MapView map) {
            return Math.max(1, 40 / Math.max(1e-9, map.spacingPx()));
        }

        /** Where the points are dense enough to show a full screen of thumbnails. */
        private static float median(float[] values) {
            float[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }
}
