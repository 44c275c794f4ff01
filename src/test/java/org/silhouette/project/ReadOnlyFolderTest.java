package org.silhouette.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.UserError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.silhouette.testing.Immutable.chattr;

/**
 * A project whose folder cannot be written opens read-only and says why. The folder is made immutable with
 * chattr, which holds even for root (permission bits do not), so the test is real where it runs.
 */
@EnabledOnOs(OS.LINUX)
class ReadOnlyFolderTest {

    @Test
    void aProjectInAFolderThatCannotBeWrittenOpensReadOnlyAndSaysWhy(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p");
        try (ProjectStore s = ProjectStore.open(project, dir, ProjectStore.Options.defaults())) {
            s.syncImages(List.of(ImageRecord.of("a.jpg"), ImageRecord.of("b.jpg")), false);
            s.assign(new int[] {1}, s.createLabel("cats").id());
        }
        assumeTrue(chattr("+i", project), "chattr +i works here");
        try {
            assertFalse(canCreateIn(project), "the folder really cannot be written");
            try (ProjectStore s = ProjectStore.open(project, null,
                    ProjectStore.Options.defaults().withAccess(ProjectStore.Access.READ_WRITE_ELSE_READ_ONLY))) {
                assertTrue(s.isReadOnly());
                String why = s.readOnlyReason().orElseThrow();
                assertTrue(why.contains("cannot be written") && why.contains("read-only"), why);
                assertFalse(why.contains("Cannot lock"), why);
                assertEquals(1, s.snapshot().labelledCount(), "the labels are there to see");
                UserError e = assertThrows(UserError.class, () -> s.createLabel("dogs"));
                assertEquals(1, e.getMessage().lines().count());
            }
            UserError e = assertThrows(UserError.class, () -> ProjectStore.open(project, null,
                    ProjectStore.Options.defaults()));
            assertTrue(e.getMessage().contains("cannot be written"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        } finally {
            chattr("-i", project);
        }
    }

    static boolean canCreateIn(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
