package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.project.ProjectStore;
import org.silhouette.testing.TestProjects;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.silhouette.testing.Immutable.chattr;

/** An image folder that cannot be written, holding its project: that project opens (read-only), not a new one. */
@EnabledOnOs(OS.LINUX)
class ReadOnlyProjectLocationTest {

    @Test
    void theProjectInsideAReadOnlyImageFolderIsOpenedNotReplacedByAnEmptyOne(@TempDir Path dir) throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        TestProjects.oneLabelledImage(images, "cats").close();
        Path inside = images.resolve(".silhouette");
        assumeTrue(chattr("+i", inside), "chattr +i works here");
        try {
            assumeTrue(chattr("+i", images));
            ProjectLocation where = ProjectLocation.resolve(images, null, dir.resolve("home"));
            assertEquals(inside.toAbsolutePath(), where.projectDir());
            assertNull(where.note());
            try (ProjectStore s = ProjectStore.open(where.projectDir(), where.imageRoot(), ProjectStore.Options.defaults()
                    .withAccess(ProjectStore.Access.READ_WRITE_ELSE_READ_ONLY))) {
                assertTrue(s.isReadOnly(), "opened read-only");
                assertEquals(1, s.snapshot().labelledCount(), "with its labels");
            }
        } finally {
            chattr("-i", images);
            chattr("-i", inside);
        }
    }
}
