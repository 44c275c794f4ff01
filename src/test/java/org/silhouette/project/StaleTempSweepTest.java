package org.silhouette.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.AtomicFiles;
import org.silhouette.core.StaleTemps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Temporary files of crashed runs are swept at start; a live process's are never touched. */
class StaleTempSweepTest {

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.pid();
    }

    private static Path touch(Path file, Duration age) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "half-written");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    @Test
    void openingAProjectSweepsItsCrashedRunsTempFilesOnly(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p");
        try (ProjectStore s = ProjectStore.open(project, dir, ProjectStore.Options.defaults())) {
            s.createLabel("a");
        }
        long dead = deadPid();
        Process live = new ProcessBuilder("sleep", "60").start();
        try {
            Path deadDb = touch(project.resolve(".project.db.pid" + dead + "-4411.tmp"), Duration.ZERO);
            Path deadSeg = touch(project.resolve("features/0123abcd/.seg-1-aa.feat.pid" + dead + "-77.tmp"),
                    Duration.ZERO);
            Path oldLegacy = touch(project.resolve("checkpoints/.head.params.123456789.tmp"), Duration.ofDays(3));
            Path liveOne = touch(project.resolve(".settings.json.pid" + live.pid() + "-9.tmp"), Duration.ofDays(3));
            Path freshLegacy = touch(project.resolve(".owner.json.987654321.tmp"), Duration.ofMinutes(5));
            Path notOurs = touch(project.resolve(".notes.tmp"), Duration.ofDays(30));
            try (ProjectStore s = ProjectStore.open(project, null, ProjectStore.Options.defaults())) {
                assertEquals("a", s.snapshot().labels().getFirst().name());
            }
            for (Path gone : List.of(deadDb, deadSeg, oldLegacy)) {
                assertFalse(Files.exists(gone), "swept: " + gone.getFileName());
            }
            for (Path kept : List.of(liveOne, freshLegacy, notOurs)) {
                assertTrue(Files.exists(kept), "kept: " + kept.getFileName());
            }
        } finally {
            live.destroy();
        }
    }

    @Test
    void abandonedThumbnailFoldersGoAndALiveProcesssStay(@TempDir Path tmp) throws Exception {
        long dead = deadPid();
        Process live = new ProcessBuilder("sleep", "60").start();
        try {
            Path deadDir = touch(tmp.resolve("silhouette-thumbnails-pid" + dead + "-1/pack-0.bin"), Duration.ZERO)
                    .getParent();
            Path liveDir = touch(tmp.resolve("silhouette-thumbnails-pid" + live.pid() + "-2/pack-0.bin"),
                    Duration.ofDays(9)).getParent();
            Path oldLegacy = Files.createDirectories(tmp.resolve("silhouette-thumbnails1234"));
            Files.setLastModifiedTime(oldLegacy, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
            Path freshLegacy = Files.createDirectories(tmp.resolve("silhouette-thumbnails5678"));
            Path other = Files.createDirectories(tmp.resolve("someone-else-pid" + dead + "-3"));
            assertEquals(2, StaleTemps.sweepThumbnailFolders(tmp));
            assertFalse(Files.exists(deadDir));
            assertFalse(Files.exists(oldLegacy));
            assertTrue(Files.exists(liveDir.resolve("pack-0.bin")));
            assertTrue(Files.exists(freshLegacy));
            assertTrue(Files.exists(other));
        } finally {
            live.destroy();
        }
    }

    @Test
    void atomicWritesNameTheirTempFileWithThisProcess(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.bin");
        String[] seen = new String[1];
        AtomicFiles.write(target, out -> {
            try (Stream<Path> s = Files.list(dir)) {
                seen[0] = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).findFirst().orElse("");
            }
            out.write(1);
        });
        assertTrue(seen[0].contains("pid" + ProcessHandle.current().pid() + "-"), seen[0]);
    }
}
