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

    private static byte[] withDict(String dict, int dataBytes) {
        String header = dict + " ".repeat((64 - (10 + dict.length() + 1) % 64) % 64) + "\n";
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(10 + header.length() + dataBytes)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        b.put(header.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return b.array();
    }

    @Test
    void hugeNegativeOrUnreadableShapesAreOneLineUserErrors(@TempDir Path dir) throws IOException {
        String[] shapes = {"(4000000000, 3)", "(3000000, 3000000)", "(-1, 4)", "(2, -5)", "(9223372036854775807, 2)",
                "(99999999999999999999, 1)", "(n, 2)", "(70000, 70000)"};
        for (String shape : shapes) {
            Path f = dir.resolve("bad.npy");
            Files.write(f, withDict("{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }", 48));
            UserError e = assertThrows(UserError.class, () -> Npy.read(f), shape);
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().contains("bad.npy"), e.getMessage());
        }
    }

    @Test
    void aNoteRidesInTheHeaderAndTheMatrixReadsTheSame(@TempDir Path dir) throws IOException {
        FloatMatrix m = new FloatMatrix(2, 3, new float[] {1, 2, 3, 4, 5, 6});
        Path f = dir.resolve("n.npy");
        Npy.write(f, m, "silhouette-embed run=abc rows=2");
        assertEquals(m, Npy.read(f));
        assertEquals("silhouette-embed run=abc rows=2", Npy.note(f));
        assertEquals(0, (Files.size(f) - 6 * 4) % 64, "still padded to 64 bytes");
        Npy.write(f, m);
        assertEquals(null, Npy.note(f));
    }
}
