package org.silhouette.session;

import java.util.ArrayList;
import java.util.List;

/**
 * For each label, how the suggestions see its images: a table of counts with one row per label (panel order)
 * and one column per suggested label, plus a last column for images no label reaches. The diagonal is
 * agreement; every other cell is a set of images whose label their neighbourhood contradicts, which the
 * window can select on the map. The suggestion of a labelled image is the held-out one
 * ({@link HeldOutSuggestions}).
 */
public final class Confusion {

    private final List<Integer> labels;
    private final int[][] counts;
    private final List<List<List<Integer>>> images;

    private Confusion(List<Integer> labels, int[][] counts, List<List<List<Integer>>> images) {
        this.labels = labels;
        this.counts = counts;
        this.images = images;
    }

    /**
     * @param labels the label ids in panel order
     * @param labelOfRow label id per row, -1 for none
     * @param suggestedOfRow the held-out suggestion per row, -1 for none
     */
    public static Confusion of(List<Integer> labels, Rows rows, int[] labelOfRow, int[] suggestedOfRow) {
        int k = labels.size();
        int[][] counts = new int[k][k + 1];
        List<List<List<Integer>>> images = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            List<List<Integer>> cells = new ArrayList<>();
            for (int c = 0; c <= k; c++) {
                cells.add(new ArrayList<>());
            }
            images.add(cells);
        }
        for (int row = 0; row < rows.count(); row++) {
            int r = labelOfRow[row] < 0 ? -1 : labels.indexOf(labelOfRow[row]);
            if (r < 0) {
                continue;
            }
            int c = suggestedOfRow[row] < 0 ? k : labels.indexOf(suggestedOfRow[row]);
            c = c < 0 ? k : c;
            counts[r][c]++;
            images.get(r).get(c).add(rows.image(row));
        }
        return new Confusion(List.copyOf(labels), counts, images);
    }

    /** The label ids of the rows, and of the columns but the last, in panel order. */
    public List<Integer> labels() {
        return labels;
    }

    /** The column of images that no label reaches. */
    public int noneColumn() {
        return labels.size();
    }

    /** Images of label {@code row} suggested as label {@code column} (or as nothing, the last column). */
    public int count(int row, int column) {
        return counts[row][column];
    }

    /** The labelled images of label {@code row} that take part (have a row on the map). */
    public int rowTotal(int row) {
        int sum = 0;
        for (int c : counts[row]) {
            sum += c;
        }
        return sum;
    }

    /** The share of label {@code row}'s images that the suggestions give back their own label; NaN for none. */
    public double agreement(int row) {
        int total = rowTotal(row);
        return total == 0 ? Double.NaN : counts[row][row] / (double) total;
    }

    /** The share of all labelled images the suggestions agree with; NaN for none. */
    public double agreement() {
        int agree = 0;
        int total = 0;
        for (int r = 0; r < labels.size(); r++) {
            agree += counts[r][r];
            total += rowTotal(r);
        }
        return total == 0 ? Double.NaN : agree / (double) total;
    }

    /** The image ids of one cell. */
    public int[] images(int row, int column) {
        return images.get(row).get(column).stream().mapToInt(Integer::intValue).toArray();
    }

    /** The image ids of label {@code row} that the suggestions give another label or none. */
    public int[] disagreeing(int row) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c <= labels.size(); c++) {
            if (c != row) {
                out.addAll(images.get(row).get(c));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
