package org.silhouette.session;

/**
 * Expected calibration error (Guo et al. 2017): the confidences are cut into equal-width bins over [0, 1]
 * (bin b holds (b/B, (b+1)/B], a confidence of exactly 0 falls in the first) and the error is the sum over
 * bins of |bin| / N · |accuracy in the bin − mean confidence in the bin|.
 */
public final class CalibrationError {
    /** The usual number of bins. */
    public static final int BINS = 15;

    private CalibrationError() {
    }

    /** ECE over these predictions; NaN when there are none. */
    public static double expected(float[] confidence, boolean[] right, int bins) {
        if (confidence.length != right.length) {
            throw new IllegalArgumentException(confidence.length + " confidences for " + right.length + " outcomes");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        int n = confidence.length;
        if (n == 0) {
            return Double.NaN;
        }
        double[] sumConfidence = new double[bins];
        int[] hits = new int[bins];
        int[] count = new int[bins];
        for (int i = 0; i < n; i++) {
            double c = confidence[i];
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("confidence " + c + " at " + i + " is outside [0, 1]");
            }
            int b = Math.clamp((long) Math.ceil(c * bins) - 1, 0, bins - 1);
            sumConfidence[b] += c;
            hits[b] += right[i] ? 1 : 0;
            count[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                ece += count[b] / (double) n * Math.abs(hits[b] / (double) count[b] - sumConfidence[b] / count[b]);
            }
        }
        return ece;
    }

    /**
     * The suggestions' ECE against the truth over the unlabelled images that got a suggestion with a known
     * confidence (ids compared as they are); NaN when none did.
     */
    public static double ofSuggestions(Suggestions s, int[] labels, int[] truth) {
        int m = 0;
        for (int i = 0; i < labels.length; i++) {
            m += scored(s, labels, i) ? 1 : 0;
        }
        float[] confidence = new float[m];
        boolean[] right = new boolean[m];
        int j = 0;
        for (int i = 0; i < labels.length; i++) {
            if (scored(s, labels, i)) {
                confidence[j] = s.confidence()[i];
                right[j++] = s.label()[i] == truth[i];
            }
        }
        return expected(confidence, right, BINS);
    }

    private static boolean scored(Suggestions s, int[] labels, int i) {
        return labels[i] < 0 && s.label()[i] >= 0 && !Float.isNaN(s.confidence()[i]);
    }

    /** Share of the unlabelled images that got any suggestion; NaN when none is unlabelled. */
    public static double suggestedShare(Suggestions s, int[] labels) {
        int open = 0;
        int suggested = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                open++;
                suggested += s.label()[i] >= 0 ? 1 : 0;
            }
        }
        return open == 0 ? Double.NaN : suggested / (double) open;
    }
}
