package org.silhouette.app;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.harness.fx.ScriptedWindow;
import org.silhouette.harness.stress.FxStallCheck;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.session.OpenRequest;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: opens a generated folder (with two damaged files) in the real window under Xvfb and captures the
 * whole screen with each dialog open, to look at them. Run like {@link DemoTour}:
 * org.silhouette.app.UiTour OUT_DIR
 */
public final class UiTour {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private UiTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/ui-tour");
        Files.createDirectories(out);
        Path folder = SyntheticFolder.write(Files.createTempDirectory("ui-tour").resolve("images"), 240, 6, 3);
        Files.writeString(folder.resolve("notes.jpg"), "text, not an image");
        Files.write(folder.resolve("empty.png"), new byte[0]);
        FxThread.ensureStarted();
        MainWindow w = ScriptedWindow.newWindow(new MainWindow.Options(true), 1280, 800);
        Thread.sleep(800);
        capture(out.resolve("00-first-start-offer.png"));
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        FxThread.run(() -> w.open(new OpenRequest(folder, null, null), opened::complete));
        Thread.sleep(1500);
        capture(out.resolve("01-opening.png"));
        opened.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        FxThread.run(() -> w.loop().autoProperty().set(false));
        FxStallCheck.labelSomeOfThreeGroups(ScriptedWindow.of(w), TIMEOUT);
        ScriptedWindow.of(w).retrain(TIMEOUT);
        Thread.sleep(800);
        capture(out.resolve("02-after-round.png"));

        FxThread.run(() -> {
            w.map().selectionModel().selectWhere(r -> r % 7 == 0, org.silhouette.render.MapSelection.Op.REPLACE);
            w.nameSelection();
        });
        Thread.sleep(500);
        capture(out.resolve("03-name-box.png"));
        FxThread.run(() -> w.map().requestFocus());

        for (String[] d : List.of(new String[] {"settings", "04-settings.png"}, new String[] {"shortcuts", "05-shortcuts.png"},
                new String[] {"problems", "06-problems.png"}, new String[] {"delete", "07-delete-confirm.png"})) {
            Platform.runLater(() -> {
                switch (d[0]) {
                    case "settings" -> w.settings();
                    case "shortcuts" -> Shortcuts.show(w.scene().getWindow());
                    case "problems" -> w.showProblems();
                    default -> {
                        w.labelPanel().list().getSelectionModel().select(0);
                        w.labelPanel().deleteChosen();
                    }
                }
            });
            Thread.sleep(1200);
            capture(out.resolve(d[1]));
            FxThread.run(() -> {
                for (Window win : List.copyOf(Window.getWindows())) {
                    if (win != w.scene().getWindow() && win instanceof Stage s) {
                        s.close();
                    }
                }
            });
            Thread.sleep(300);
        }
        CompletableFuture<Void> closed = FxThread.call(() -> {
            CompletableFuture<Void> c = w.shutdown();
            w.scene().getWindow().hide();
            return c;
        });
        closed.get(60, TimeUnit.SECONDS);
        Platform.exit();
    }

    private static void capture(Path file) throws Exception {
        WritableImage img = FxThread.call(() -> new Robot().getScreenCapture(null, 0, 0, 1400, 900));
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        System.out.println("saved " + file);
    }
}
