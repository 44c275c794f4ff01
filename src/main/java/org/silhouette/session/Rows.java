package org.silhouette.session;

import org.silhouette.project.LabelState;

import java.util.Arrays;

/**
 * Which project image each map row shows. The map, the features and every per-point array are indexed by
 * row; the store by image. Images without features (unreadable files, images gone from disk) have no row.
 */
public record Rows(int[] imageOfRow) {

    public int count() {
        return imageOfRow.length;
    }

    public int image(int row) {
        return imageOfRow[row];
    }

    /** The images of some rows. */
    public int[] images(int[] rows) {
        int[] out = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = imageOfRow[rows[k]];
        }
        return out;
    }

    /** The label id of every row's image ({@link LabelState#NONE} for none). */
    public int[] labelsOf(LabelState s) {
        int[] out = new int[imageOfRow.length];
        for (int r = 0; r < out.length; r++) {
            int i = imageOfRow[r];
            out[r] = i < s.imageCount() ? s.labelOf(i) : LabelState.NONE;
        }
        return out;
    }

    /** Row of each image, -1 for images without a row. */
    public int[] rowOfImage(int imageCount) {
        int[] out = new int[imageCount];
        Arrays.fill(out, -1);
        for (int r = 0; r < imageOfRow.length; r++) {
            if (imageOfRow[r] < imageCount) {
                out[imageOfRow[r]] = r;
            }
        }
        return out;
    }

    public boolean sameAs(Rows other) {
        return other != null && Arrays.equals(imageOfRow, other.imageOfRow);
    }
}
