package org.silhouette.session;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The confusion table's words: its headline, each row's and column's caption, each cell's count and share of
 * its row, and what a row's or cell's images are, to say when they are selected.
 *
 * @param counts the table
 * @param labelName a label's name by label id
 */
public record ConfusionTable(Confusion counts, IntFunction<String> labelName) {

    /** The share of the labelled images that get their own label back, or why there is none. */
    public String headline() {
        double all = counts.agreement();
        return counts.labels().isEmpty() ? "No labels yet: name a group first." : Double.isNaN(all)
                ? "Too few labelled images to hold any out." : String.format(Locale.ROOT, "Held out of the spreading,"
                + " %.0f %% of the labelled images get their own label back.", 100 * all);
    }

    /** A column's caption: the label suggested, or "none" for the last. */
    public String column(int column) {
        return column == counts.noneColumn() ? "none" : name(column);
    }

    /** A row's caption: the label and how many images it has. */
    public String row(int row) {
        return name(row) + "  (" + counts.rowTotal(row) + ")";
    }

    /** The row's share of images the suggestions give their own label, as a percentage. */
    public String agreement(int row) {
        double a = counts.agreement(row);
        return Double.isNaN(a) ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * a);
    }

    /** A cell's count, blank for none. */
    public String cell(int row, int column) {
        int n = counts.count(row, column);
        return n == 0 ? "" : Integer.toString(n);
    }

    /** A cell's share of its row, 0 to 1. */
    public double share(int row, int column) {
        int total = counts.rowTotal(row);
        return total == 0 ? 0 : counts.count(row, column) / (double) total;
    }

    /** Which images a cell holds: "labelled 'coat' that the suggestions call 'shirt'". */
    public String cellImages(int row, int column) {
        return "labelled '" + name(row) + "' " + (column == counts.noneColumn() ? "that no label reaches"
                : row == column ? "that the suggestions agree with" : "that the suggestions call '" + name(column) + "'");
    }

    /** A cell's tooltip: its count and which images they are. */
    public String cellTip(int row, int column) {
        return String.format(Locale.ROOT, "%,d images %s", counts.count(row, column), cellImages(row, column));
    }

    /** Which images a row's caption selects: those the suggestions disagree with. */
    public String rowImages(int row) {
        return "labelled '" + name(row) + "' that the suggestions give another label or none";
    }

    /** The status line after selecting {@code count} images of a row or cell. */
    public static String selected(int count, String images) {
        return String.format(Locale.ROOT, "Selected %s %s.", count == 1 ? "the image"
                : String.format(Locale.ROOT, "the %,d images", count), images);
    }

    private String name(int position) {
        return labelName.apply(counts.labels().get(position));
    }
}
