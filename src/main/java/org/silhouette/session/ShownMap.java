package org.silhouette.session;

import org.silhouette.project.LabelState;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What the window's map shows of the open session: whose map it is, its rows with their labels and suggestions
 * ({@link RowLabels}), where the rows are going (the target coordinates, not mid-animation) and the rows as the
 * review views read them ({@link ShownRows}). It decides what a new map, an analysis or new labels change; the
 * window puts the result on screen. One thread (the FX thread).
 */
public final class ShownMap {

    private ProjectSession session;
    private RowLabels shown = RowLabels.none();
    private float[] x = new float[0];
    private float[] y = new float[0];
    private ShownRows shownRows;

    /** The rows on the map with their labels and suggestions, as last shown. */
    public RowLabels shown() {
        return shown;
    }

    /** The session whose map is shown, or null. */
    public ProjectSession session() {
        return session;
    }

    public Rows rows() {
        return shown.rows();
    }

    /** The target coordinates of every row (not mid-animation). */
    public float[] x() {
        return x;
    }

    public float[] y() {
        return y;
    }

    /** Each row's label, suggestion and confidence as shown now, for the review views; made once per change. */
    public ShownRows shownRows() {
        if (shownRows == null) {
            shownRows = new ShownRows(shown.rows(), shown.labelOfRow(), shown.suggested(), shown.confidence());
        }
        return shownRows;
    }

    /** No project: no rows, no labels. */
    public void clear() {
        session = null;
        shown = RowLabels.none();
        x = new float[0];
        y = new float[0];
        shownRows = null;
    }

    /**
     * New coordinates from {@code ws}: true when they are for the rows shown now (the points glide there and
     * nothing else changes), false when they bring other rows, whose labels follow their images and whose
     * suggestions are dropped until the next analysis.
     */
    public boolean moveTo(ProjectSession ws, MapSnapshot s) {
        x = s.x();
        y = s.y();
        if (ws == session && s.rows().sameAs(shown.rows())) {
            return true;
        }
        session = ws;
        shown = shown.withRows(s.rows());
        shownRows = null;
        return false;
    }

    /** Takes the suggestions of an analysis; false (nothing taken) when it was for another session or other rows. */
    public boolean analysed(ProjectSession ws, MapSnapshot s) {
        if (ws != session || !s.rows().sameAs(shown.rows())) {
            return false;
        }
        if (s.suggested() != null) {
            shown = shown.withSuggestions(s.suggested(), s.confidence());
        }
        shownRows = null;
        return true;
    }

    /**
     * The store's new labels; true when a row's label changed (a rename or a new colour changes none, and needs
     * no new round).
     */
    public boolean labelsChanged(LabelState s) {
        int[] before = shown.labelOfRow();
        shown = shown.withLabels(s);
        shownRows = null;
        return !Arrays.equals(before, shown.labelOfRow());
    }

    /** The rows of these images that are on the map. */
    public BitSet rowsOf(int[] images) {
        BitSet hits = shown.rows().rowsOf(images);
        hits.clear(x.length, Math.max(x.length, hits.length()));
        return hits;
    }
}
