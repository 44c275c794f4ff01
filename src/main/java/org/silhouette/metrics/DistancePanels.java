package org.silhouette.metrics;

import org.silhouette.core.FloatMatrix;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Squared Euclidean distances from query points to every row of a fixed reference matrix. The reference is
 * stored transposed in panels of {@link #WIDTH} rows so that the inner loop runs over reference rows with one
 * index, which HotSpot vectorises; a pairwise loop over dimensions would stay scalar.
 *
 * <p>Each distance is {@code sum_k (q_k - r_k)^2} accumulated in double in dimension order, so it does not
 * depend on where a pair falls in a panel or a block: equal inputs give bit-equal distances (duplicates tie
 * exactly) and d(i, j) == d(j, i).
 */
final class DistancePanels {
    static final int WIDTH = 128;
    /** Query rows that share one pass over a panel's columns (their accumulators stay in L1). */
    static final int BLOCK = 8;

    private final double[][][] panels; // [panel][dimension][row within panel]
    private final int rows;
    private final int dims;

    DistancePanels(FloatMatrix reference) {
        rows = reference.rows();
        dims = reference.cols();
        int count = (rows + WIDTH - 1) / WIDTH;
        panels = new double[count][][];
        float[] v = reference.data();
        for (int p = 0; p < count; p++) {
            int start = p * WIDTH;
            int width = Math.min(WIDTH, rows - start);
            double[][] panel = new double[dims][width];
            for (int j = 0; j < width; j++) {
                int off = (start + j) * dims;
                for (int k = 0; k < dims; k++) {
                    panel[k][j] = v[off + k];
                }
            }
            panels[p] = panel;
        }
    }

    int panelCount() {
        return panels.length;
    }

    static int panelStart(int panel) {
        return panel * WIDTH;
    }

    int panelWidth(int panel) {
        return Math.min(WIDTH, rows - panel * WIDTH);
    }

    /**
     * Writes {@code out[b][j] = |queries[b] - reference[panelStart + j]|^2} for b &lt; count and j &lt; the
     * panel's width. {@code out} rows need at least {@link #WIDTH} entries. Queries go {@link #BLOCK} at a time,
     * so the panel is read from memory once and then from cache for the remaining blocks.
     */
    void squared(double[][] queries, int count, int panel, double[][] out) {
        double[][] columns = panels[panel];
        int width = panelWidth(panel);
        for (int b = 0; b < count; b++) {
            Arrays.fill(out[b], 0, width, 0.0);
        }
        for (int b0 = 0; b0 < count; b0 += BLOCK) {
            int b1 = Math.min(count, b0 + BLOCK);
            for (int k = 0; k < dims; k++) {
                double[] column = columns[k];
                for (int b = b0; b < b1; b++) {
                    accumulate(queries[b][k], column, out[b]);
                }
            }
        }
    }

    private static void accumulate(double q, double[] column, double[] acc) {
        for (int j = 0; j < column.length; j++) {
            double t = q - column[j];
            acc[j] += t * t;
        }
    }

    /**
     * Writes {@code out[b][j] = |queries[b] - reference[j]|^2} for b &lt; count and every reference row; panels run
     * in parallel, each writing only its own columns.
     */
    void squaredToAll(double[][] queries, int count, double[][] out) {
        IntStream.range(0, panels.length).parallel().forEach(p -> {
            double[][] acc = new double[count][WIDTH];
            squared(queries, count, p, acc);
            for (int b = 0; b < count; b++) {
                System.arraycopy(acc[b], 0, out[b], panelStart(p), panelWidth(p));
            }
        });
    }
}
