package org.silhouette.project;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** int32 and float32 arrays as little-endian BLOBs: plain data, nothing that deserialises objects. */
final class Blobs {
    private Blobs() {
    }

    static byte[] ofInts(int[] values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        return b.array();
    }

    static int[] toInts(byte[] bytes) {
        if (bytes.length % 4 != 0) {
            throw new IllegalStateException("int blob of " + bytes.length + " bytes is not a multiple of 4");
        }
        int[] out = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out);
        return out;
    }

    static byte[] ofFloats(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return b.array();
    }

    static float[] toFloats(byte[] bytes) {
        if (bytes.length % 4 != 0) {
            throw new IllegalStateException("float blob of " + bytes.length + " bytes is not a multiple of 4");
        }
        float[] out = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
