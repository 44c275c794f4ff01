package org.silhouette.embed;

import org.silhouette.core.FloatMatrix;

import java.util.Arrays;

/**
 * The features of a folder as they arrive: one n×d buffer with a slot per input, written in place batch by
 * batch, so the rows are held once and never as n separate arrays. Readers may look at the slots below the
 * inputs done so far (those are settled); the extractor compacts the buffer into the result only after its
 * listener has {@linkplain FeatureExtractor.BatchListener#finished finished} with them.
 */
public final class FeatureSlots {
    private final float[] data;
    private final int dim;
    private final boolean[] filled;

    FeatureSlots(int inputs, int dim) {
        this.data = new float[Math.multiplyExact(inputs, dim)];
        this.dim = dim;
        this.filled = new boolean[inputs];
    }

    /** A slot per input, shown as one matrix (no copy; unfilled slots read as zeros). */
    public FloatMatrix matrix() {
        return new FloatMatrix(filled.length, dim, data);
    }

    public int inputs() {
        return filled.length;
    }

    /** Whether input {@code i} got features (false while its batch is not done yet, or if it failed). */
    public boolean has(int input) {
        return filled[input];
    }

    void put(int input, float[] row) {
        System.arraycopy(row, 0, data, input * dim, dim);
        filled[input] = true;
    }

    /**
     * The filled slots moved up in input order into one matrix: in place, and without a second n×d copy when
     * every input got features; when some failed, the buffer is trimmed to the filled rows by one copy.
     */
    FloatMatrix compact() {
        int k = 0;
        for (int i = 0; i < filled.length; i++) {
            if (filled[i]) {
                if (k != i) {
                    System.arraycopy(data, i * dim, data, k * dim, dim); // k < i: the row moves up, never over one unread
                }
                k++;
            }
        }
        return new FloatMatrix(k, dim, k == filled.length ? data : Arrays.copyOf(data, k * dim));
    }
}
