package org.silhouette.app;

import java.util.List;

/**
 * What the quality panel shows after a round: per label, how well its images sit together (silhouette,
 * -1..1), and how often an image's nearest labelled neighbour shares its label (P@1, MAP@R) on held-out
 * labelled images.
 *
 * @param classes per-label figures, in no particular order
 * @param precisionAt1 NaN when not measured
 * @param mapAtR NaN when not measured
 * @param silhouetteOfRow per map row, NaN where not computed (unlabelled images); null when not measured
 * @param note a line for the panel when figures are missing (why), else null
 */
record QualityReport(List<ClassQuality> classes, double meanSilhouette, double precisionAt1, double mapAtR,
        float[] silhouetteOfRow, String note) {

    record ClassQuality(int labelId, int count, double silhouette) {
    }

    static QualityReport unavailable(String why) {
        return new QualityReport(List.of(), Double.NaN, Double.NaN, Double.NaN, null, why);
    }
}
