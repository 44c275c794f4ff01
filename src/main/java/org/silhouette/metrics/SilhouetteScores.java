package org.silhouette.metrics;

/**
 * Silhouette values of one variant.
 *
 * @param samples s(i) for every row of the input, {@code NaN} for unlabelled rows (label &lt; 0), which have none
 * @param mean the mean of s(i) over the labelled rows (sklearn's {@code silhouette_score} for the mean-distance
 *     variant)
 * @param classIds the original label ids, ascending
 * @param classMeans the mean s(i) over each class's members, parallel to {@code classIds}
 */
public record SilhouetteScores(double[] samples, double mean, int[] classIds, double[] classMeans) {

    /** The mean silhouette of the class with this original id. */
    public double classMean(int classId) {
        for (int c = 0; c < classIds.length; c++) {
            if (classIds[c] == classId) {
                return classMeans[c];
            }
        }
        throw new IllegalArgumentException("No class with id " + classId);
    }
}
