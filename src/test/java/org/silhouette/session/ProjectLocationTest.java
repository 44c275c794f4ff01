package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.UserError;
import org.silhouette.project.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectLocationTest {

    @Test
    void aWritableFolderKeepsItsProjectInside(@TempDir Path dir) {
        ProjectLocation l = ProjectLocation.resolve(dir, null, dir.resolve("home"));
        assertEquals(dir.toAbsolutePath().resolve(".silhouette"), l.projectDir());
        assertNull(l.note());
    }

    /** Root can write anywhere, so the folder is made unwritable for a project by a file in the way. */
    @Test
    void aFolderThatCannotHoldTheProjectSendsItToTheUsersDataFolderAndSaysSo(@TempDir Path dir) throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Files.writeString(images.resolve(".silhouette"), "not a folder");
        Path home = dir.resolve("home");
        ProjectLocation l = ProjectLocation.resolve(images, null, home);
        assertTrue(l.projectDir().startsWith(home.resolve("silhouette/projects")), l.projectDir().toString());
        assertEquals(16, l.projectDir().getFileName().toString().length());
        assertEquals(l.projectDir(), ProjectLocation.resolve(images, null, home).projectDir(), "stable per folder");
        assertNotNull(l.note());
        assertTrue(l.note().contains("cannot be written") && l.note().contains(l.projectDir().toString()), l.note());
    }

    @Test
    void anExplicitProjectFolderWins(@TempDir Path dir) {
        ProjectLocation l = ProjectLocation.resolve(dir.resolve("images"), dir.resolve("p"), dir);
        assertEquals(dir.resolve("p").toAbsolutePath(), l.projectDir());
        assertEquals(dir.resolve("images").toAbsolutePath(), l.imageRoot());
    }

    @Test
    void aProjectOpenedOnItsOwnMustExistAndMayBeGivenByItsImageFolder(@TempDir Path dir) throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        UserError none = assertThrows(UserError.class, () -> ProjectLocation.resolve(null, images, dir));
        assertTrue(none.getMessage().contains("no Silhouette project"), none.getMessage());
        assertFalse(Files.exists(images.resolve("project.db")), "nothing created in a folder picked by mistake");
        try (ProjectStore s = ProjectStore.openFolder(images, ProjectStore.Options.defaults())) {
            assertTrue(s.images().size() == 0);
        }
        ProjectLocation viaImages = ProjectLocation.resolve(null, images, dir);
        assertEquals(images.toAbsolutePath().resolve(".silhouette"), viaImages.projectDir());
        assertNull(viaImages.imageRoot(), "the project remembers its images");
        assertEquals(viaImages.projectDir(), ProjectLocation.resolve(null, viaImages.projectDir(), dir).projectDir());
    }
}
