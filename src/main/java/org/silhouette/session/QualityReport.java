package org.silhouette.session;

import java.util.List;

/**
 * What the quality panel shows after a round: P@1 and MAP@R on a held-out fold of the labelled images, each
 * label's silhouette on that fold (-1..1; higher means its images sit together, apart from the others), and
 * every labelled image's silhouette on the map's own embedding (for the quality colour mode).
 *
 * @param classes per-label figures
 * @param heldOut labelled images in the held-out fold
 * @param precisionAt1 NaN when not measured
 * @param mapAtR NaN when not measured
 * @param silhouetteOfRow per map row, NaN for unlabelled rows; null when not measured
 * @param note why the held-out figures are missing, else null
 */
public record QualityReport(List<ClassQuality> classes, int fold, int heldOut, double precisionAt1, double mapAtR,
        float[] silhouetteOfRow, String note) {

    /** @param silhouette NaN when the fold holds fewer than two of its images */
    public record ClassQuality(int labelId, int count, double silhouette) {
    }

    public static QualityReport unavailable(String why, float[] silhouetteOfRow) {
        return new QualityReport(List.of(), -1, 0, Double.NaN, Double.NaN, silhouetteOfRow, why);
    }
}
