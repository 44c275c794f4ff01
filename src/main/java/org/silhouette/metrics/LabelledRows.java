package org.silhouette.metrics;

import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;

import java.util.Arrays;

/**
 * The rows that carry a label (id &gt;= 0) and their classes renumbered 0..K-1 in ascending order of the
 * original id. Every metric in this package is computed on these rows only; unlabelled rows (id &lt; 0) are
 * neither queries nor neighbours nor cluster members.
 *
 * @param rows indices into the full matrix of the labelled rows, ascending
 * @param classOf the dense class (0..K-1) of each labelled row, parallel to {@code rows}
 * @param classIds the original id of each dense class, ascending
 * @param classSizes members per dense class
 */
record LabelledRows(int[] rows, int[] classOf, int[] classIds, int[] classSizes) {

    static LabelledRows of(FloatMatrix x, int[] labels) {
        if (labels.length != x.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + x.rows() + " rows");
        }
        int[] ids = Arrays.stream(labels).filter(l -> l >= 0).distinct().sorted().toArray();
        int[] rows = new int[labels.length];
        int[] classOf = new int[labels.length];
        int[] sizes = new int[ids.length];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                int c = Arrays.binarySearch(ids, labels[i]);
                rows[n] = i;
                classOf[n++] = c;
                sizes[c]++;
            }
        }
        return new LabelledRows(Arrays.copyOf(rows, n), Arrays.copyOf(classOf, n), ids, sizes);
    }

    /**
     * Like {@link #of}, but also checks what every metric here needs, with sklearn's domain: finite values and
     * 2 &lt;= classes &lt;= labelled rows - 1.
     */
    static LabelledRows requireClusterable(FloatMatrix x, int[] labels) {
        LabelledRows lr = of(x, labels);
        if (lr.classCount() < 2) {
            throw new UserError("Metrics need at least 2 classes among the labelled rows; found " + lr.classCount()
                    + " in " + lr.size() + " labelled rows.");
        }
        if (lr.classCount() >= lr.size()) {
            throw new UserError("Metrics need at least one class with 2 or more members; every one of the "
                    + lr.size() + " labelled rows is a class of its own.");
        }
        if (x.cols() == 0) {
            throw new UserError("The embeddings have no columns.");
        }
        for (int r : lr.rows) {
            for (int k = 0; k < x.cols(); k++) {
                if (!Float.isFinite(x.data()[r * x.cols() + k])) {
                    throw new UserError("Row " + r + " of the embeddings holds a NaN or infinite value.");
                }
            }
        }
        return lr;
    }

    int size() {
        return rows.length;
    }

    int classCount() {
        return classIds.length;
    }

    FloatMatrix select(FloatMatrix x) {
        return rows.length == x.rows() ? x : x.selectRows(rows);
    }

    /** Class means in double, each summed in row order. */
    double[][] centroids(FloatMatrix labelled) {
        int d = labelled.cols();
        double[][] mu = new double[classCount()][d];
        float[] v = labelled.data();
        for (int i = 0; i < size(); i++) {
            double[] m = mu[classOf[i]];
            for (int k = 0; k < d; k++) {
                m[k] += v[i * d + k];
            }
        }
        for (int c = 0; c < mu.length; c++) {
            for (int k = 0; k < d; k++) {
                mu[c][k] /= classSizes[c];
            }
        }
        return mu;
    }

    static double distance(float[] data, int offset, double[] point) {
        return Math.sqrt(squaredDistance(data, offset, point));
    }

    /** Four running sums, so the additions do not wait on each other (about 4x faster for wide rows). */
    static double squaredDistance(float[] data, int offset, double[] point) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int d = point.length;
        int k = 0;
        for (; k + 3 < d; k += 4) {
            double t0 = data[offset + k] - point[k];
            double t1 = data[offset + k + 1] - point[k + 1];
            double t2 = data[offset + k + 2] - point[k + 2];
            double t3 = data[offset + k + 3] - point[k + 3];
            s0 += t0 * t0;
            s1 += t1 * t1;
            s2 += t2 * t2;
            s3 += t3 * t3;
        }
        for (; k < d; k++) {
            double t = data[offset + k] - point[k];
            s0 += t * t;
        }
        return (s0 + s1) + (s2 + s3);
    }

    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double t = a[k] - b[k];
            s += t * t;
        }
        return s;
    }
}
