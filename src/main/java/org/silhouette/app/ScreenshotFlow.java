package org.silhouette.app;

import javafx.animation.AnimationTimer;
import org.silhouette.app.map.MapView;
import org.silhouette.core.UserError;
import org.silhouette.render.DensestSpot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/** {@code gui --screenshot}: zooms in to thumbnails, waits until they are drawn, saves the window. FX thread. */
final class ScreenshotFlow {

    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private ScreenshotFlow() {
    }

    static void afterThumbnails(MainWindow window, Path file, IntConsumer done) {
        MapView map = window.map();
        float[] centre = DensestSpot.of(window.presenter().x(), window.presenter().y());
        map.viewport().centreOn(centre[0], centre[1]);
        map.framing().zoomAboutCentre(Math.max(1, 34 / Math.max(1e-9, map.spacingPx())));
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        new AnimationTimer() {
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
                    } catch (IOException | UserError e) {
                        System.err.println("error: could not save the screenshot: " + e.getMessage());
                        done.accept(1);
                    }
                }
            }
        }.start();
    }
}
