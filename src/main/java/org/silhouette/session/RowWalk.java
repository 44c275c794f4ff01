package org.silhouette.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The map rows that one image at a time is stepped through (the app's preview): the selection when the
 * first row is part of it, else every row in folder order. Steps wrap around.
 */
public final class RowWalk {

    private final int[] sequence;
    private final boolean throughSelection;
    private int at;

    private RowWalk(int[] sequence, boolean throughSelection, int at) {
        this.sequence = sequence;
        this.throughSelection = throughSelection;
        this.at = at;
    }

    /** A walk from {@code row} (0 to {@code rowCount} - 1) when the rows {@code selected} (ascending) are selected. */
    public static RowWalk from(int row, int[] selected, int rowCount) {
        if (row < 0 || row >= rowCount) {
            throw new IllegalArgumentException("row " + row + " of " + rowCount);
        }
        int inSelection = Arrays.binarySearch(selected, row);
        return inSelection >= 0 ? new RowWalk(selected.clone(), true, inSelection)
                : new RowWalk(IntStream.range(0, rowCount).toArray(), false, row);
    }

    /**
     * The walk a request to see {@code row} opens: -1 (Space with the cursor on no point) means the first selected
     * row; null when that leaves no row to show (nothing selected, or a row not on the map).
     */
    public static RowWalk opening(int row, int[] selected, int rowCount) {
        int start = row < 0 && selected.length > 0 ? selected[0] : row;
        return start < 0 || start >= rowCount ? null : from(start, selected, rowCount);
    }

    /** The row the walk is at. */
    public int row() {
        return sequence[at];
    }

    /** Moves {@code delta} rows on, wrapping around. */
    public void step(int delta) {
        at = Math.floorMod(at + delta, sequence.length);
    }

    /** Where the walk is and through what, e.g. "3 of 12 selected images". */
    public String where() {
        return String.format(Locale.ROOT, "%,d of %,d %s", at + 1, sequence.length,
                throughSelection ? "selected images" : "images, in folder order");
    }
}
