package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.metrics.Silhouette;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the map after a round, for the quality panel: the figures from {@link Validation} (a head that never saw the held-out fold), and each
 * labelled image's silhouette on the map's own embedding for the quality colour mode.
 */
public final class QualityMeter {

    private QualityMeter() {
    }

    /**
     * @param features backbone features, one row per map row
     * @param embedding the map's embedding (the head's output, or the reduced backbone features)
     * @param labelOfRow label id per row, -1 for unlabelled
     * @param round the loop's round number (which fold is held out)
     */
    public static QualityReport measure(FloatMatrix features, FloatMatrix embedding, int[] labelOfRow, LoopOptions options,
            int round, Progress progress, Cancellation cancel) {
        float[] perRow = silhouettes(embedding, labelOfRow, cancel);
        Validation.Quality q = Validation.run(features, labelOfRow, options, round, progress, cancel);
        if (!q.available()) {
            return QualityReport.unavailable(q.message(), perRow);
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int l : labelOfRow) {
            if (l >= 0) {
                counts.merge(l, 1, Integer::sum);
            }
        }
        List<QualityReport.ClassQuality> classes = new ArrayList<>();
        counts.forEach((id, n) -> classes.add(new QualityReport.ClassQuality(id, n,
                q.perLabel().getOrDefault(id, Double.NaN))));
        return new QualityReport(classes, q.fold(), q.heldOut(), q.precisionAt1(), q.mapAtR(), perRow, null);
    }

    /** s(i) of every labelled row on the map's embedding (NaN for the others); null with fewer than two labels. */
    static float[] silhouettes(FloatMatrix embedding, int[] labelOfRow, Cancellation cancel) {
        if (Arrays.stream(labelOfRow).filter(l -> l >= 0).distinct().count() < 2) {
            return null;
        }
        try {
            double[] s = Silhouette.compute(embedding, labelOfRow, Silhouette.Variant.MEAN_DISTANCE, Progress.NONE,
                    cancel).samples();
            float[] out = new float[s.length];
            for (int i = 0; i < s.length; i++) {
                out[i] = (float) s[i];
            }
            return out;
        } catch (UserError | IllegalArgumentException e) {
            return null; // e.g. every labelled image identical: no silhouette to show
        }
    }
}
