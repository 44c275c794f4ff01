package org.silhouette.session;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The marks in the gallery of the selection: a click marks an image (again unmarks it), the images marked (none
 * marked: the one clicked last) are the ones taken out of the selection, and marks of images that left the
 * selection are dropped. Rows are the map's. One thread (the FX thread).
 */
public final class GalleryMarks {

    private final BitSet marked = new BitSet();
    private int current = -1;

    /** A click on {@code row}: marks or unmarks it, and it becomes the current image. */
    public void click(int row) {
        marked.flip(row);
        current = row;
    }

    /** {@code row} was opened by a double click, whose first click marked it: unmarked again. */
    public void opened(int row) {
        marked.clear(row);
    }

    public boolean isMarked(int row) {
        return marked.get(row);
    }

    /** The image clicked last. */
    public boolean isCurrent(int row) {
        return row == current;
    }

    /** Drops the marks of the rows no longer {@code selected}. */
    public void keepOnly(BitSet selected) {
        marked.and(selected);
    }

    /** The rows to take out of the selection (the marked ones, else the current one), unmarked; maybe none. */
    public BitSet takeOut() {
        BitSet out = (BitSet) marked.clone();
        if (out.isEmpty() && current >= 0) {
            out.set(current);
        }
        marked.clear();
        return out;
    }

    /** The row Enter previews among those {@code shown}: the current one when shown, else the first; -1 for none. */
    public int toPreview(List<Integer> shown) {
        if (shown.isEmpty()) {
            return -1;
        }
        return current >= 0 && shown.contains(current) ? current : shown.getFirst();
    }

    /** How many images the gallery shows and how many of them are marked. */
    public String title(int count) {
        return count == 0 ? "Nothing selected: draw a lasso on the map"
                : String.format(Locale.ROOT, "%,d selected image%s%s", count, count == 1 ? "" : "s",
                        marked.isEmpty() ? "" : String.format(Locale.ROOT, ", %,d marked", marked.cardinality()));
    }
}
