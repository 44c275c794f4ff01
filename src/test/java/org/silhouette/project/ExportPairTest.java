package org.silhouette.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Npy;
import org.silhouette.core.UserError;
import org.silhouette.data.ExportPair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embeddings export's two files are replaced by two renames; a kill between them must leave a pair that
 * {@link ExportPair#check} refuses, whichever file was replaced first.
 */
class ExportPairTest {

    @Test
    void aPairFromTwoExportsIsRefusedInOneLineAndAPairFromOneIsAccepted(@TempDir Path dir) throws Exception {
        Path images = ExportImportTest.makeImages(dir.resolve("images"));
        int n = ExportImportTest.NASTY_FILES.size();
        Path npy = dir.resolve("out/emb.npy");
        Path csv = dir.resolve("out/emb.coords.csv");
        Files.createDirectories(npy.getParent());
        try (ProjectStore s = ExportImportTest.projectOver(images, dir.resolve("p"))) {
            Exporter.exportEmbeddings(s, matrix(n, 3, 1), npy, matrix(n, 2, 1), csv);
            assertDoesNotThrow(() -> ExportPair.check(npy, csv));
            Files.copy(npy, dir.resolve("old.npy"));
            Files.copy(csv, dir.resolve("old.csv"));
            // the second export moves the points: same images, same rows, other coordinates
            Exporter.exportEmbeddings(s, matrix(n, 3, 2), npy, matrix(n, 2, 2), csv);
            assertDoesNotThrow(() -> ExportPair.check(npy, csv));
        }
        Path newNpy = dir.resolve("new.npy");
        Files.copy(npy, newNpy);
        // killed after the CSV's rename, before the matrix's: the new CSV beside the old matrix
        Files.copy(dir.resolve("old.npy"), npy, StandardCopyOption.REPLACE_EXISTING);
        UserError e = assertThrows(UserError.class, () -> ExportPair.check(npy, csv));
        assertTrue(e.getMessage().contains("not written by the same export"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        // and the other way round, should the order ever change
        Files.copy(newNpy, npy, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("old.csv"), csv, StandardCopyOption.REPLACE_EXISTING);
        assertThrows(UserError.class, () -> ExportPair.check(npy, csv));
        // a matrix without the note is not taken for one half of a pair, and a missing half is named
        Npy.write(npy, matrix(n, 3, 2));
        assertTrue(assertThrows(UserError.class, () -> ExportPair.check(npy, csv)).getMessage().contains("no export note"));
        Files.delete(csv);
        assertTrue(assertThrows(UserError.class, () -> ExportPair.check(npy, csv)).getMessage().startsWith("No such file"));
    }

    private static FloatMatrix matrix(int rows, int cols, int seed) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.sin(i * seed + seed);
        }
        return new FloatMatrix(rows, cols, v);
    }
}
