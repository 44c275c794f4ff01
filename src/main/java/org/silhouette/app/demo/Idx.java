package org.silhouette.app.demo;

import org.silhouette.core.UserError;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads the gzipped IDX files of MNIST-style datasets (unsigned bytes only). */
final class Idx {

    private Idx() {
    }

    /** Images as one byte array of count × rows × cols, with their shape. */
    record Images(int count, int rows, int cols, byte[] pixels) {
    }

    static Images images(Path file, int limit) throws IOException {
        try (DataInputStream in = open(file)) {
            expectMagic(in, 0x00000803, file);
            int count = Math.min(limit, in.readInt());
            int rows = in.readInt();
            int cols = in.readInt();
            byte[] pixels = new byte[count * rows * cols];
            in.readFully(pixels);
            return new Images(count, rows, cols, pixels);
        }
    }

    static int[] labels(Path file, int limit) throws IOException {
        try (DataInputStream in = open(file)) {
            expectMagic(in, 0x00000801, file);
            int count = Math.min(limit, in.readInt());
            byte[] raw = new byte[count];
            in.readFully(raw);
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = raw[i] & 0xFF;
            }
            return labels;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("Demo data not found: " + file);
        }
        InputStream raw = Files.newInputStream(file);
        return new DataInputStream(new java.io.BufferedInputStream(
                file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16));
    }

    private static void expectMagic(DataInputStream in, int magic, Path file) throws IOException {
        int found = in.readInt();
        if (found != magic) {
            throw new UserError(file + " is not an IDX file of the expected kind.");
        }
    }
}
