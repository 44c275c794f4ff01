package org.silhouette.app;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.silhouette.app.demo.FashionMnistDemo;
import org.silhouette.app.map.ColourMode;
import org.silhouette.app.map.MapView;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: drives the demo window with the FX robot under Xvfb and saves screenshots for the docs.
 * Run: xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/classes:target/test-classes:DEPS
 * org.silhouette.app.ScreenshotTour OUT_DIR
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        CompletableFuture<MainWindow> ready = new CompletableFuture<>();
        Platform.startup(() -> {
            MainWindow window = new MainWindow();
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            window.show(stage);
            window.load((p, c) -> FashionMnistDemo.load(FashionMnistDemo.DEFAULT_DIR, 10_000, p, c),
                    d -> ready.complete(window), ready::completeExceptionally);
        });
        MainWindow w = ready.get(120, TimeUnit.SECONDS);
        MapView map = w.map();
        Robot robot = fx(Robot::new);
        settle(map);

        // 1. Overview by label, a lasso selection, then a second lasso (Shift) caught mid-drag.
        Point2D c = fx(() -> map.localToScreen(map.getWidth() * 0.62, map.getHeight() * 0.72));
        lasso(robot, c, 90, 70, 1.0, true);
        settle(map);
        Point2D c2 = fx(() -> map.localToScreen(map.getWidth() * 0.36, map.getHeight() * 0.42));
        fx(() -> {
            robot.keyPress(javafx.scene.input.KeyCode.SHIFT);
            return null;
        });
        lasso(robot, c2, 80, 60, 0.8, false);
        settle(map);
        save(w, out.resolve("map-overview.png"));
        fx(() -> {
            robot.mouseRelease(MouseButton.PRIMARY);
            robot.keyRelease(javafx.scene.input.KeyCode.SHIFT);
            return null;
        });
        settle(map);

        // 2. Colour modes at the overview.
        for (ColourMode mode : new ColourMode[] {ColourMode.SUGGESTED, ColourMode.CONFIDENCE, ColourMode.SILHOUETTE}) {
            fx(() -> {
                map.setColourMode(mode);
                return null;
            });
            settle(map);
            save(w, out.resolve("map-" + mode.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
        }

        // 3. Zoomed in to thumbnails with the hover preview.
        fx(() -> {
            map.setColourMode(ColourMode.LABEL);
            float[] x = w.data().x().clone();
            float[] y = w.data().y().clone();
            java.util.Arrays.sort(x);
            java.util.Arrays.sort(y);
            map.viewport().centreOn(x[x.length / 2], y[y.length / 2]);
            map.viewport().zoomAbout(map.viewport().width() / 2, map.viewport().height() / 2,
                    44 / map.spacingPx());
            return null;
        });
        settle(map);
        Thread.sleep(1500); // thumbnails load in the background
        settle(map);
        int target = fx(() -> {
            double cx = map.getWidth() * 0.45;
            double cy = map.getHeight() * 0.45;
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (int i = 0; i < map.pointCount(); i++) {
                double d = Math.hypot(map.screenX(i) - cx, map.screenY(i) - cy);
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            return best;
        });
        Point2D p = fx(() -> map.localToScreen(map.screenX(target), map.screenY(target)));
        fx(() -> {
            robot.mouseMove(p);
            return null;
        });
        Thread.sleep(600);
        settle(map);
        save(w, out.resolve("map-thumbnails.png"));
        System.out.println("saved screenshots to " + out.toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    /** Drags an ellipse; leaves the button down when {@code release} is false. */
    private static void lasso(Robot robot, Point2D centre, double rx, double ry, double turn, boolean release)
            throws Exception {
        fx(() -> {
            robot.mouseMove(centre.getX() + rx, centre.getY());
            robot.mousePress(MouseButton.PRIMARY);
            return null;
        });
        int steps = 48;
        for (int s = 1; s <= steps * turn; s++) {
            double a = 2 * Math.PI * s / steps;
            double x = centre.getX() + rx * Math.cos(a);
            double y = centre.getY() + ry * Math.sin(a) * (1 + 0.25 * Math.cos(3 * a));
            fx(() -> {
                robot.mouseMove(x, y);
                return null;
            });
            Thread.sleep(8);
        }
        if (release) {
            fx(() -> {
                robot.mouseRelease(MouseButton.PRIMARY);
                return null;
            });
        }
    }

    private static void save(MainWindow w, Path file) throws Exception {
        fx(() -> {
            Screenshots.save(w.scene(), file);
            return null;
        });
    }

    private static void settle(MapView map) throws Exception {
        for (int i = 0; i < 300; i++) {
            Thread.sleep(20);
            if (fx(map::isSettled)) {
                Thread.sleep(50);
                return;
            }
        }
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }
}
