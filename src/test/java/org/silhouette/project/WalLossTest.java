package org.silhouette.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A write-ahead log deleted after Silhouette ended without closing: said on open, files kept for recovery. */
class WalLossTest {

    private static List<Path> recoveryDirs(Path project) throws Exception {
        try (Stream<Path> s = Files.list(project)) {
            return s.filter(p -> p.getFileName().toString().startsWith("recovery-")).toList();
        }
    }

    @Test
    void aMissingLogIsSaidWithWhatIsLostAndTheFilesAreKept(@TempDir Path dir) throws Exception {
        Path live = dir.resolve("live");
        Path crashed = Files.createDirectories(dir.resolve("crashed"));
        byte[] dbAsFound;
        try (ProjectStore s = ProjectStore.open(live, dir.resolve("images"), ProjectStore.Options.defaults())) {
            List<ImageRecord> recs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                recs.add(ImageRecord.of("img" + i + ".jpg"));
            }
            s.syncImages(recs, false);
            s.assign(new int[] {1, 2, 3, 4, 5}, s.createLabel("cats").id());
            assertTrue(Files.size(live.resolve("project.db-wal")) > 0, "the labels are in the log");
            // the state a crash leaves, minus the log someone deleted afterwards
            for (String f : new String[] {"project.db", "project.db-shm"}) {
                Files.copy(live.resolve(f), crashed.resolve(f));
            }
            dbAsFound = Files.readAllBytes(crashed.resolve("project.db"));
        }
        try (ProjectStore s = ProjectStore.open(crashed, dir.resolve("images"), ProjectStore.Options.defaults())) {
            String warning = s.openWarning().orElseThrow(() -> new AssertionError("the lost labels went unsaid"));
            assertTrue(warning.contains("write-ahead log project.db-wal is missing"), warning);
            assertTrue(warning.contains("label changes saved after") && warning.contains("are lost"), warning);
            assertTrue(warning.contains("0 labelled images remain"), warning);
            assertEquals(1, warning.lines().count(), warning);
            List<Path> kept = recoveryDirs(crashed);
            assertEquals(1, kept.size());
            assertTrue(warning.contains(kept.getFirst().toString()), warning);
            assertArrayEquals(dbAsFound, Files.readAllBytes(kept.getFirst().resolve("project.db")), "kept as found");
            assertTrue(Files.exists(kept.getFirst().resolve("project.db-shm")));
        }
        // a clean close leaves nothing to mistake for a lost log
        assertFalse(Files.exists(live.resolve("project.db-shm")), "SQLite removes -shm on a clean close");
        try (ProjectStore s = ProjectStore.open(live, null, ProjectStore.Options.defaults())) {
            assertTrue(s.openWarning().isEmpty(), s.openWarning().orElse(""));
            assertEquals(5, s.snapshot().labelledCount());
        }
        assertTrue(recoveryDirs(live).isEmpty());
    }
}
