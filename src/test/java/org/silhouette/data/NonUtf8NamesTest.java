package org.silhouette.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.harness.stress.SyntheticImages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A name that is not valid UTF-8 cannot be kept as text: it is listed with that reason, never skipped silently. */
@EnabledOnOs(OS.LINUX)
class NonUtf8NamesTest {

    @Test
    void filesAndFoldersWithNamesThatAreNotUtf8AreListedWithTheirReason(@TempDir Path dir) throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "file names are UTF-8 here");
        Path root = Files.createDirectories(dir.resolve("images"));
        SyntheticImages.write(SyntheticImages.quadrant(8, 8, 0xFF0000, 0xFF0000), "png", root.resolve("good.png"));
        // Java cannot spell these names; the shell writes the raw bytes
        Process p = new ProcessBuilder("sh", "-c", "cp good.png \"$(printf 'bad\\377.png')\" && mkdir \"$(printf 'dir\\376')\""
                + " && cp good.png \"$(printf 'dir\\376')/inside.png\" && printf x > \"$(printf 'notes\\377.txt')\"")
                .directory(root.toFile()).inheritIO().start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "made the odd names");
        FolderScan.Result r = FolderScan.scan(root, FolderScan.Options.DEFAULT, Progress.NONE, Cancellation.NEVER);
        assertEquals(List.of("good.png"), r.images().stream().map(e -> e.path().getFileName().toString()).toList());
        assertEquals(2, r.problems().size(), r.problems().toString());
        for (Problem problem : r.problems()) {
            assertTrue(problem.reason().contains("not valid UTF-8"), problem.reason());
        }
    }
}
