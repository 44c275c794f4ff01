package org.silhouette.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NpyTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/npy");

    private static float[] expected3x4() {
        float[] v = new float[12];
        for (int i = 0; i < 12; i++) {
            v[i] = i / 8.0f - 0.5f;
        }
        return v;
    }

    @Test
    void readsWhatNumpyWrote() throws IOException {
        for (String name : new String[] {"f32_3x4.npy", "f64_3x4.npy", "f32_big_endian.npy"}) {
            FloatMatrix m = Npy.read(FIXTURES.resolve(name));
            assertEquals(3, m.rows(), name);
            assertEquals(4, m.cols(), name);
            assertArrayEquals(expected3x4(), m.data(), 0f, name);
        }
        FloatMatrix ints = Npy.read(FIXTURES.resolve("i64_5.npy"));
        assertEquals(5, ints.rows());
        assertArrayEquals(new float[] {3, 1, 4, 1, 5}, ints.data());
    }

    @Test
    void writesByteForByteWhatNumpyWrites() throws IOException {
        byte[] ours = Npy.toBytes(new FloatMatrix(3, 4, expected3x4()));
        byte[] numpys = Files.readAllBytes(FIXTURES.resolve("f32_3x4.npy"));
        assertArrayEquals(numpys, ours);
    }

    @Test
    void roundTripsThroughDisk(@TempDir Path dir) throws IOException {
        FloatMatrix m = new FloatMatrix(2, 3, new float[] {1, -2, 3.5f, Float.MIN_VALUE, 0, 7});
        Path f = dir.resolve("m.npy");
        Npy.write(f, m);
        assertEquals(m, Npy.read(f));
        assertEquals(0, (Files.size(f) - 6 * 4) % 64, "header must be padded to 64 bytes");
    }

    @Test
    void refusesFortranOrderAndGarbageWithAClearMessage(@TempDir Path dir) throws IOException {
        UserError fortran = assertThrows(UserError.class, () -> Npy.read(FIXTURES.resolve("f32_fortran.npy")));
        assertTrue(fortran.getMessage().contains("Fortran"), fortran.getMessage());
        Path junk = dir.resolve("junk.npy");
        Files.writeString(junk, "hello");
        UserError bad = assertThrows(UserError.class, () -> Npy.read(junk));
        assertTrue(bad.getMessage().contains("not a .npy"), bad.getMessage());
    }

    @Test
    void detectsTruncatedData(@TempDir Path dir) throws IOException {
        byte[] full = Files.readAllBytes(FIXTURES.resolve("f32_3x4.npy"));
        Path cut = dir.resolve("cut.npy");
        Files.write(cut, java.util.Arrays.copyOf(full, full.length - 5));
        UserError e = assertThrows(UserError.class, () -> Npy.read(cut));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
}
