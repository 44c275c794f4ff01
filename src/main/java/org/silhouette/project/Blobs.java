package org.silhouette.project;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** int32 and float32 arrays as little-endian BLOBs: plain data, nothing that deserialises objects. */
final class Blobs {
    private Blobs() {
    }

    static byte[] ofInts(int[] values) {
        ByteBuffer b = blob(values.length);
        b.asIntBuffer().put(values);
        return b.array();
    }

    static int[] toInts(byte[] bytes) {
        int[] out = new int[words(bytes, "int")];
        read(bytes).asIntBuffer().get(out);
        return out;
    }

    static byte[] ofFloats(float[] values) {
        ByteBuffer b = blob(values.length);
        b.asFloatBuffer().put(values);
        return b.array();
    }

    static float[] toFloats(byte[] bytes) {
        float[] out = new float[words(bytes, "float")];
        read(bytes).asFloatBuffer().get(out);
        return out;
    }

    /** A little-endian buffer for {@code words} 4-byte values. */
    private static ByteBuffer blob(int words) {
        return ByteBuffer.allocate(4 * words).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer read(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The 4-byte values a blob holds; a blob that ends inside one is damaged. */
    private static int words(byte[] bytes, String kind) {
        if (bytes.length % 4 != 0) {
            throw new IllegalStateException(kind + " blob of " + bytes.length + " bytes is not a multiple of 4");
        }
        return bytes.length / 4;
    }
}
