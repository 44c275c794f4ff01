package org.silhouette.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.session.OpenRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A window asked to open a project whose database is empty: it says why in the status, and writes nothing. */
class AppDamagedProjectFxTest {

    @TempDir
    static Path home;

    @BeforeAll
    static void toolkit() throws Exception {
        AppFx.startToolkit(home);
    }

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
}
