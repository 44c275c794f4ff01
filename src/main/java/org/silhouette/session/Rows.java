package org.silhouette.session;

import org.silhouette.core.FloatMatrix;
import org.silhouette.project.LabelState;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Which project image each map row shows. The map, the features and every per-point array are indexed by
 * row; the store by image id. Images without features (unreadable files, images gone from disk) have no
 * row. The one place where rows and image ids turn into each other.
 */
public record Rows(int[] imageOfRow) {

    /** The images of {@code images} that a saved layout (one row per image id) places, in that order. */
    static Rows placedBy(FloatMatrix layout, int[] images) {
        return new Rows(Arrays.stream(images).filter(i -> i >= 0 && i < layout.rows()
                && Float.isFinite(layout.get(i, 0)) && Float.isFinite(layout.get(i, 1))).toArray());
    }

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

    /** The rows that show these images (images without a row are left out). */
    public BitSet rowsOf(int[] images) {
        int n = Math.max(Arrays.stream(imageOfRow).max().orElse(-1), Arrays.stream(images).max().orElse(-1)) + 1;
        int[] rowOf = rowOfImage(n);
        BitSet hits = new BitSet(imageOfRow.length);
        for (int i : images) {
            if (i >= 0 && rowOf[i] >= 0) {
                hits.set(rowOf[i]);
            }
        }
        return hits;
    }

    /** Per-image values (one matrix row per image id) picked out for each row; NaN past the matrix's end. */
    public FloatMatrix pick(FloatMatrix perImage) {
        int cols = perImage.cols();
        float[] data = new float[imageOfRow.length * cols];
        for (int r = 0; r < imageOfRow.length; r++) {
            int i = imageOfRow[r];
            for (int c = 0; c < cols; c++) {
                data[r * cols + c] = i < perImage.rows() ? perImage.get(i, c) : Float.NaN;
            }
        }
        return new FloatMatrix(imageOfRow.length, cols, data);
    }

    /** Per-row values spread over {@code imageCount} images; images without a row get NaN. */
    public FloatMatrix spread(FloatMatrix perRow, int imageCount) {
        int cols = perRow.cols();
        float[] data = new float[imageCount * cols];
        Arrays.fill(data, Float.NaN);
        for (int r = 0; r < imageOfRow.length; r++) {
            System.arraycopy(perRow.data(), r * cols, data, imageOfRow[r] * cols, cols);
        }
        return new FloatMatrix(imageCount, cols, data);
    }

    /** Per-row ids spread over {@code imageCount} images; images without a row (or past the end) get -1. */
    public int[] spread(int[] perRow, int imageCount) {
        int[] out = new int[imageCount];
        Arrays.fill(out, -1);
        for (int r = 0; r < imageOfRow.length; r++) {
            if (imageOfRow[r] < imageCount) {
                out[imageOfRow[r]] = perRow[r];
            }
        }
        return out;
    }

    public boolean sameAs(Rows other) {
        return other != null && Arrays.equals(imageOfRow, other.imageOfRow);
    }
}
