package org.silhouette.app;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.ProjectSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A window asked to open a project whose database is empty: it says why in the status, and writes nothing. */
class AppDamagedProjectFxTest extends FxWindowTest {

    @Test
    void anEmptyProjectDatabaseIsReportedWithItsReasonAndLeftEmpty(@TempDir Path dir) throws Exception {
        Path folder = SyntheticFolder.write(dir.resolve("images"), 12, 3, 5);
        Path db = Files.createDirectories(folder.resolve(".silhouette")).resolve("project.db");
        Files.write(db, new byte[0]);
        for (OpenRequest request : new OpenRequest[] {new OpenRequest(folder, null, null),
                new OpenRequest(null, folder.resolve(".silhouette"), null)}) {
            MainWindow w = AppFx.newWindow();
            try {
                CompletableFuture<Boolean> done = new CompletableFuture<>();
                FxThread.run(() -> w.open(request, done::complete));
                assertFalse(done.get(AppFx.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "an empty database is not a project");
                String status = FxThread.call(() -> w.status().message());
                assertTrue(status.startsWith("Could not open ") && status.contains("empty (0 bytes)")
                        && status.contains(db.toString()), status);
                assertEquals(1, status.lines().count(), status);
            } finally {
                AppFx.close(w);
            }
            assertEquals(0, Files.size(db), "left exactly as it was");
        }
    }

    /**
     * The error dialog offers a fresh project beside the damaged one; taking it opens a new project folder next
     * to {@code .silhouette}, for the same images, and leaves the damaged database as it was. Both routes: the
     * image folder, and the project folder alone ({@code gui --project DIR}), whose images are its parent.
     */
    @Test
    void theErrorDialogOffersAFreshProjectBesideTheDamagedOneAndOpensIt(@TempDir Path dir) throws Exception {
        Path folder = SyntheticFolder.write(dir.resolve("images"), 12, 3, 5);
        Path damaged = Files.createDirectories(folder.resolve(".silhouette"));
        byte[] truncated = new byte[60]; // shorter than a SQLite header
        System.arraycopy("SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, truncated, 0, 16);
        Files.write(damaged.resolve("project.db"), truncated);
        String backbone = AppFx.TINY_BACKBONE.toString();
        int opened = 0;
        for (OpenRequest request : new OpenRequest[] {new OpenRequest(folder, null, backbone),
                new OpenRequest(null, damaged, backbone)}) {
            MainWindow w = AppFx.newWindow();
            try {
                CompletableFuture<Boolean> done = new CompletableFuture<>();
                FxThread.run(() -> w.open(request, done::complete));
                assertFalse(done.get(AppFx.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "a damaged database is not a project");
                FxThread.await("the offer", AppFx.TIMEOUT, () -> offerButton() != null);
                FxThread.run(() -> offerButton().fire());
                FxThread.await("the fresh project to open", AppFx.TIMEOUT, () -> w.project().current() != null);
                ProjectSession fresh = FxThread.call(() -> w.project().current());
                assertEquals(folder, fresh.imageRoot());
                assertFalse(fresh.isReadOnly(), "the fresh project can be labelled");
                opened++;
            } finally {
                AppFx.close(w);
            }
            assertArrayEquals(truncated, Files.readAllBytes(damaged.resolve("project.db")), "left exactly as it was");
            List<Path> siblings;
            try (Stream<Path> s = Files.list(folder)) {
                siblings = s.filter(p -> p.getFileName().toString().startsWith(".silhouette-fresh-")).toList();
            }
            assertEquals(opened, siblings.size(), siblings.toString());
            for (Path p : siblings) {
                assertTrue(Files.size(p.resolve("project.db")) > 0, p + " holds a new project");
            }
        }
    }

    /** The fresh-project button of the error dialog that is showing, or null. */
    private static Button offerButton() {
        for (Window win : Window.getWindows()) {
            if (win.isShowing() && win.getScene() != null && win.getScene().getRoot() instanceof DialogPane pane) {
                for (ButtonType t : pane.getButtonTypes()) {
                    if (t.getText().equals(FreshProjectOffer.START)) {
                        return (Button) pane.lookupButton(t);
                    }
                }
            }
        }
        return null;
    }
}
