package org.silhouette.session;

import java.util.Arrays;

/**
 * The map's rows as the window shows them at one moment: each row's label id, suggested label id and the
 * suggestion's confidence. What the filter, the review queue and the confusion table read; the arrays are
 * not changed afterwards.
 */
public final class ShownRows {

    private final Rows rows;
    private final int[] labelOfRow;
    private final int[] suggested;
    private final float[] confidence;
    private int[] rowOfImage;

    /**
     * @param labelOfRow label id per row, -1 for none
     * @param suggested suggested label id per row (-1 none), or null before the first analysis
     * @param confidence the suggestions' confidence per row, or null
     */
    public ShownRows(Rows rows, int[] labelOfRow, int[] suggested, float[] confidence) {
        this.rows = rows;
        this.labelOfRow = labelOfRow;
        boolean fits = suggested != null && suggested.length == rows.count();
        this.suggested = fits ? suggested : null;
        this.confidence = fits && confidence != null && confidence.length == rows.count() ? confidence : null;
    }

    public Rows rows() {
        return rows;
    }

    public int count() {
        return rows.count();
    }

    /** The row's label id, -1 when unlabelled. */
    public int label(int row) {
        return row < labelOfRow.length ? labelOfRow[row] : -1;
    }

    public boolean isLabelled(int row) {
        return label(row) >= 0;
    }

    /** The suggested label id of an unlabelled row, -1 when it has none (or is labelled). */
    public int suggestion(int row) {
        return suggested == null || isLabelled(row) ? -1 : suggested[row];
    }

    /** The suggestion's confidence, NaN when the row has no suggestion. */
    public float confidence(int row) {
        return suggestion(row) < 0 || confidence == null ? Float.NaN : confidence[row];
    }

    public boolean hasSuggestions() {
        return suggested != null;
    }

    /** The row that shows this image, -1 for none. */
    public int rowOf(int image) {
        if (rowOfImage == null) {
            rowOfImage = rows.rowOfImage(Arrays.stream(rows.imageOfRow()).max().orElse(-1) + 1);
        }
        return image >= 0 && image < rowOfImage.length ? rowOfImage[image] : -1;
    }
}
