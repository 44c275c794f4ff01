package org.silhouette.app;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.silhouette.core.UserError;
import org.silhouette.session.OpenRequest;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Starts JavaFX, opens the main window on the requested folder or project (the bundled demo when none), and
 * returns the exit code once the window has closed and every background thread has ended. With a screenshot
 * path it saves the window once the map shows thumbnails, then closes; with the naming check it names a group
 * first (and closes at once when that failed).
 */
public final class SilhouetteApp {

    private SilhouetteApp() {
    }

    static int run(GuiLauncher.Request request) {
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger exit = new AtomicInteger();
        Platform.setImplicitExit(false);
        LaunchCheck check = request.checkNaming() ? LaunchCheck.find() : null;
        try {
            startup(request, check, finished, exit);
        } catch (UnsupportedOperationException e) {
            // GTK refuses a DISPLAY that names no running server ("Unable to open DISPLAY")
            throw new UserError(GuiLauncher.noDisplay("DISPLAY=" + System.getenv("DISPLAY") + " could not be opened"), e);
        }
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return exit.get();
    }

    private static void startup(GuiLauncher.Request request, LaunchCheck check, CountDownLatch finished,
            AtomicInteger exit) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            boolean screenshot = request.screenshot() != null || request.checkNaming(); // runs, then exits
            MainWindow window = new MainWindow(new MainWindow.Options(!screenshot));
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> window.shutdown().whenComplete((v, t) ->
                    finished.countDown()));
            stage.setWidth(1280);
            stage.setHeight(800);
            window.show(stage);
            OpenRequest open;
            try {
                open = OpenRequest.orDemo(request.data(), request.project(), request.backbone());
            } catch (UserError e) {
                fail(window, stage, screenshot, exit, e);
                return;
            }
            window.open(open, ok -> {
                if (!screenshot) {
                    return;
                }
                if (!ok) {
                    System.err.println("error: " + window.status().message());
                    exit.set(1);
                    stage.close();
                    return;
                }
                IntConsumer close = code -> {
                    exit.set(code);
                    stage.close();
                };
                if (check != null) {
                    check.run(window, code -> {
                        if (code != 0 || request.screenshot() == null) {
                            close.accept(code);
                        } else {
                            ScreenshotFlow.afterThumbnails(window, request.screenshot(), close);
                        }
                    });
                } else {
                    ScreenshotFlow.afterThumbnails(window, request.screenshot(), close);
                }
            });
        });
    }

    private static void fail(MainWindow window, Stage stage, boolean screenshot, AtomicInteger exit, UserError e) {
        if (screenshot) {
            System.err.println("error: " + e.getMessage());
            exit.set(1);
            stage.close();
        } else {
            window.status().message(e.getMessage());
            Dialogs.error(stage, "Could not open the demo", e);
        }
    }
}
