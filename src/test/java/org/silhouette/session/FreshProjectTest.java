package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.project.DamagedProjectException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreshProjectTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 3, 15, 0);

    @Test
    void theFreshProjectGoesBesideTheDamagedFolderAndNeverOverAnExistingOne(@TempDir Path dir) throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        DamagedProjectException damage = damageIn(images.resolve(".silhouette"));
        OpenRequest fresh = FreshProject.beside(damage, new OpenRequest(images, null, "b"), NOW).orElseThrow();
        assertEquals(new OpenRequest(images, images.resolve(".silhouette-fresh-20261207-031500"), "b"), fresh);
        Files.createDirectories(fresh.project());
        assertEquals(images.resolve(".silhouette-fresh-20261207-031500-2"),
                FreshProject.beside(damage, new OpenRequest(null, images.resolve(".silhouette"), null), NOW)
                        .orElseThrow().project(), "a project folder alone: its images are the folder above");
    }

    @Test
    void aProjectFolderElsewhereNamesItsImagesOnlyInTheDamagedDatabaseSoNoneIsOffered(@TempDir Path dir) {
        Path project = dir.resolve("my-project");
        Optional<OpenRequest> fresh = FreshProject.beside(damageIn(project), new OpenRequest(null, project, null), NOW);
        assertTrue(fresh.isEmpty(), fresh.toString());
    }

    @Test
    void aFailureOffersAFreshProjectOnlyWhenADamagedDatabaseCausedIt(@TempDir Path dir) throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        OpenRequest asked = new OpenRequest(images, null, null);
        RuntimeException wrapped = new RuntimeException("open failed", damageIn(images.resolve(".silhouette")));
        assertEquals(Optional.of(images), FreshProject.forFailure(wrapped, asked).map(OpenRequest::data));
        assertTrue(FreshProject.forFailure(new java.io.IOException("disk full"), asked).isEmpty());
    }

    private static DamagedProjectException damageIn(Path projectDir) {
        return new DamagedProjectException(projectDir.resolve("project.db"), "damaged", null);
    }
}
