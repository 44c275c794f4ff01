package org.silhouette.session;

import org.silhouette.project.LabelInfo;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

    /** Labelled images the figures were measured on, over every label. */
    public int labelledCount() {
        return classes.stream().mapToInt(ClassQuality::count).sum();
    }

    /** The held-out figures in a line, or why there are none. */
    public String headline() {
        return note != null ? note : String.format(Locale.ROOT, "On %,d held-out labelled images (fold %d of %d), by a"
                + " head that never saw them: P@1 %s · MAP@R %s", heldOut, fold + 1, Validation.FOLDS,
                figure(precisionAt1), figure(mapAtR));
    }

    /**
     * Which labels the figures measured; {@code current} whether they are the labels as they are now (none
     * changed since the figures were asked for). Empty when there are no figures.
     */
    public String measuredOn(boolean current) {
        return note != null ? "" : String.format(Locale.ROOT, "%s %,d labelled images in %d labels, of which %,d held"
                + " out.", current ? "Measured on your labels as they are now:" : "Out of date (updating…): measured on",
                labelledCount(), classes.size(), heldOut);
    }

    /** A figure with two decimals; "–" when it was not measured (NaN). */
    public static String figure(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The labels measured, in the label panel's order; a label deleted since is left out. */
    public List<ClassQuality> inPanelOrder(LabelPalette palette) {
        return classes.stream().filter(c -> palette.classOf(c.labelId()) >= 0)
                .sorted(Comparator.comparingInt(c -> palette.classOf(c.labelId()))).toList();
    }

    /** A row of the panel's per-label table, as shown: the label's colour (0xRRGGBB) and name, its count and figure. */
    public record Row(int rgb, String name, String images, String silhouette) {
    }

    /** The panel's per-label table, in panel order. */
    public List<Row> rows(LabelPalette palette) {
        return inPanelOrder(palette).stream().map(c -> {
            LabelInfo l = palette.labels().get(palette.classOf(c.labelId()));
            return new Row(l.colour(), l.name(), String.format(Locale.ROOT, "%,d", c.count()), figure(c.silhouette()));
        }).toList();
    }
}
