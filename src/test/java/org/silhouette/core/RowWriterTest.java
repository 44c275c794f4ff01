package org.silhouette.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RowWriterTest {

    private static FloatMatrix random(int rows, int cols, long seed) {
        Random rnd = new Random(seed);
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        return new FloatMatrix(rows, cols, v);
    }

    private static byte[] streamed(Path file, FloatMatrix m, long expectedRows, String expectedNote, String note)
            throws IOException {
        try (RowWriter w = RowWriter.open(file, m.cols(), expectedRows, expectedNote)) {
            for (int i = 0; i < m.rows(); i++) {
                w.append(m.row(i));
            }
            assertEquals(m.rows(), w.rows());
            w.commit(note);
        }
        return Files.readAllBytes(file);
    }

    private static long filesIn(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aStreamedNpyIsByteForByteTheWholeMatrixWrite(@TempDir Path dir) throws IOException {
        // 3000 rows of 37 floats: more than one 64 KiB buffer, and a row that does not divide it
        FloatMatrix m = random(3000, 37, 1);
        Path whole = dir.resolve("whole.npy");
        Npy.write(whole, m, "run=ab rows=3000");
        byte[] expected = Files.readAllBytes(whole);
        assertArrayEquals(expected, streamed(dir.resolve("exact.npy"), m, 3000, "run=ab rows=3000",
                "run=ab rows=3000"), "the header the writer left room for");
        assertArrayEquals(expected, streamed(dir.resolve("fewer.npy"), m, 3002, "run=ab rows=3002",
                "run=ab rows=3000"), "a few rows failed: same header size");
        assertArrayEquals(expected, streamed(dir.resolve("shifted.npy"), m, 7, "x".repeat(150),
                "run=ab rows=3000"), "a header of another size: the rows move behind it");
        Npy.write(whole, m);
        assertArrayEquals(Files.readAllBytes(whole), streamed(dir.resolve("plain.npy"), m, 3000, null, null));
        assertEquals(5, filesIn(dir), "no temp file left behind");
    }

    @Test
    void aStreamedCsvIsByteForByteTheWholeMatrixWrite(@TempDir Path dir) throws IOException {
        FloatMatrix m = random(500, 9, 2);
        Path whole = dir.resolve("whole.csv");
        MatrixFiles.write(whole, m);
        assertArrayEquals(Files.readAllBytes(whole), streamed(dir.resolve("streamed.csv"), m, 500, null, "ignored"));
        assertEquals(2, filesIn(dir));
    }

    @Test
    void anUncommittedWriterLeavesTheOldFileAndNoTemp(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"X.npy", "X.csv"}) {
            Path target = dir.resolve(name);
            Files.writeString(target, "old");
            try (RowWriter w = RowWriter.open(target, 2, 10, null)) {
                w.append(new float[] {1, 2});
                assertThrows(IllegalArgumentException.class, () -> w.append(new float[] {1, 2, 3}));
            }
            assertEquals("old", Files.readString(target), name);
        }
        assertEquals(2, filesIn(dir), "no temp file left behind");
    }

    @Test
    void anEmptyMatrixIsAValidNpy(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("empty.npy");
        streamed(f, new FloatMatrix(0, 4, new float[0]), 100, null, null);
        FloatMatrix back = Npy.read(f);
        assertEquals(0, back.rows());
        assertEquals(4, back.cols());
    }
}
