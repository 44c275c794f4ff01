package org.silhouette.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.UserError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An empty, truncated or damaged project.db is damage: said in one line and left exactly as it was. */
class ProjectDamageTest {

    private static byte[] healthyDatabase(Path dir) throws Exception {
        Path project = dir.resolve("healthy");
        try (ProjectStore s = ProjectStore.open(project, dir.resolve("images"), ProjectStore.Options.defaults())) {
            List<ImageRecord> recs = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                recs.add(ImageRecord.of("d" + (i % 7) + "/a-longish-file-name-" + i + ".jpg"));
            }
            s.syncImages(recs, false);
            LabelInfo a = s.createLabel("cats");
            s.assign(new int[] {1, 2, 3}, a.id());
        }
        return Files.readAllBytes(project.resolve("project.db"));
    }

    private static UserError refused(Path project, byte[] content, String fragment) throws Exception {
        Files.createDirectories(project);
        Path db = project.resolve("project.db");
        Files.write(db, content);
        UserError e = assertThrows(UserError.class,
                () -> ProjectStore.open(project, project.getParent().resolve("images"), ProjectStore.Options.defaults()),
                fragment);
        assertEquals(1, e.getMessage().strip().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().contains(db.toString()), "names the file: " + e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(db), "the damaged file is left exactly as it was");
        assertFalse(Files.exists(project.resolve("project.db-wal")) && Files.size(project.resolve("project.db-wal")) > 0,
                "nothing written beside it");
        assertTrue(e instanceof DamagedProjectException, e.getClass().getName());
        assertEquals(db, ((DamagedProjectException) e).database());
        return e;
    }

    @Test
    void anEmptyDatabaseIsDamageNotANewProject(@TempDir Path dir) throws Exception {
        refused(dir.resolve("p"), new byte[0], "empty (0 bytes)");
    }

    @Test
    void aTruncatedDatabaseIsDamage(@TempDir Path dir) throws Exception {
        byte[] healthy = healthyDatabase(dir);
        assertTrue(healthy.length > 8192, "big enough to cut: " + healthy.length);
        refused(dir.resolve("a"), Arrays.copyOf(healthy, 60), "truncated");
        refused(dir.resolve("b"), Arrays.copyOf(healthy, healthy.length / 2 + 123), "truncated");
    }

    @Test
    void aDatabaseDamagedInsideIsOneLineNotADump(@TempDir Path dir) throws Exception {
        byte[] healthy = healthyDatabase(dir);
        byte[] damaged = healthy.clone();
        for (int i = 4096 + 200; i < healthy.length - 4096; i += 4096) {
            Arrays.fill(damaged, i, i + 600, (byte) 0x5A);
        }
        refused(dir.resolve("c"), damaged, "damaged");
    }
}
