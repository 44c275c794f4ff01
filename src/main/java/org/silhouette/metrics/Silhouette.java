package org.silhouette.metrics;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;

import java.util.Arrays;

/**
 * The silhouette s(i) = (b(i) - a(i)) / max(a(i), b(i)) with Euclidean distances, on labelled rows only.
 * a(i) is the mean distance from i to the other members of its class. b(i) depends on the variant:
 * <ul>
 *   <li>{@link Variant#MEAN_DISTANCE}: the smallest mean distance to the members of another class
 *       (Rousseeuw 1987; sklearn's {@code silhouette_samples});</li>
 *   <li>{@link Variant#CENTROID}: the distance to the nearest other class's centroid (the silhouette loss's
 *       b(i)).</li>
 * </ul>
 * A member of a singleton class gets s = 0, and so does a point with a = b = 0, as in sklearn.
 */
public final class Silhouette {

    public enum Variant { MEAN_DISTANCE, CENTROID }

    private Silhouette() {
    }

    public static SilhouetteScores compute(FloatMatrix x, int[] labels, Variant variant) {
        return compute(x, labels, variant, Progress.NONE, Cancellation.NEVER);
    }

    public static SilhouetteScores compute(FloatMatrix x, int[] labels, Variant variant, Progress progress,
                                           Cancellation cancel) {
        return scores(NeighbourScan.ofLabels(x, labels, true, false, progress, cancel), variant);
    }

    /** The silhouettes of a scanned labelling; b(i) comes from the scan (mean distance) or the centroids. */
    static SilhouetteScores scores(NeighbourScan.Labelled s, Variant variant) {
        double[] b = variant == Variant.MEAN_DISTANCE
                ? s.scan().meanNearestOther()
                : nearestOtherCentroid(s.labelled(), s.lr());
        return scores(s.totalRows(), s.lr(), s.scan().meanOwn(), b);
    }

    /** b(i) of the centroid variant: the distance to the nearest centroid of another class. */
    static double[] nearestOtherCentroid(FloatMatrix labelled, LabelledRows lr) {
        double[][] mu = lr.centroids(labelled);
        int d = labelled.cols();
        double[] b = new double[lr.size()];
        for (int i = 0; i < b.length; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int c = 0; c < mu.length; c++) {
                if (c != lr.classOf()[i]) {
                    nearest = Math.min(nearest, LabelledRows.distance(labelled.data(), i * d, mu[c]));
                }
            }
            b[i] = nearest;
        }
        return b;
    }

    static SilhouetteScores scores(int totalRows, LabelledRows lr, double[] a, double[] b) {
        double[] samples = new double[totalRows];
        Arrays.fill(samples, Double.NaN);
        double[] classSums = new double[lr.classCount()];
        double sum = 0;
        for (int i = 0; i < lr.size(); i++) {
            int c = lr.classOf()[i];
            double s = value(a[i], b[i], lr.classSizes()[c]);
            samples[lr.rows()[i]] = s;
            classSums[c] += s;
            sum += s;
        }
        double[] classMeans = new double[classSums.length];
        for (int c = 0; c < classMeans.length; c++) {
            classMeans[c] = classSums[c] / lr.classSizes()[c];
        }
        return new SilhouetteScores(samples, sum / lr.size(), lr.classIds().clone(), classMeans);
    }

    static double value(double a, double b, int classSize) {
        double scale = Math.max(a, b);
        return classSize <= 1 || scale == 0 ? 0.0 : (b - a) / scale;
    }
}
