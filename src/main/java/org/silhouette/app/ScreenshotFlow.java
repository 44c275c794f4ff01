package org.silhouette.app;

import javafx.animation.AnimationTimer;
import org.silhouette.app.map.MapView;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/** {@code gui --screenshot}: zooms in to thumbnails, waits until they are drawn, saves the window. FX thread. */
final class ScreenshotFlow {

    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private ScreenshotFlow() {
    }

    /** The centre of the busiest cell of a 24 x 24 grid over the points: a screen full of thumbnails. */
    static float[] densest(float[] x, float[] y) {
        int g = 24;
        float minX = Float.POSITIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        if (x.length == 0 || !(maxX > minX) || !(maxY > minY)) {
            return new float[] {0, 0};
        }
        int[] count = new int[g * g];
        int best = 0;
        for (int i = 0; i < x.length; i++) {
            int cx = Math.min(g - 1, (int) ((x[i] - minX) / (maxX - minX) * g));
            int cy = Math.min(g - 1, (int) ((y[i] - minY) / (maxY - minY) * g));
            int k = cy * g + cx;
            if (++count[k] > count[best]) {
                best = k;
            }
        }
        return new float[] {minX + (best % g + 0.5f) * (maxX - minX) / g, minY + (best / g + 0.5f) * (maxY - minY) / g};
    }

    static void afterThumbnails(MainWindow window, Path file, IntConsumer done) {
        MapView map = window.map();
        float[] centre = densest(window.presenter().x(), window.presenter().y());
        map.viewport().centreOn(centre[0], centre[1]);
        map.viewport().zoomAbout(map.viewport().width() / 2, map.viewport().height() / 2,
                Math.max(1, 34 / Math.max(1e-9, map.spacingPx())));
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
