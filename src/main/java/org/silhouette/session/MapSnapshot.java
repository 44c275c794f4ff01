package org.silhouette.session;

import org.silhouette.core.FloatMatrix;

/**
 * What the session hands the window after opening or a round; the window copies it into the map.
 * Arrays are per row of {@code rows} and are not changed afterwards.
 *
 * @param suggested suggested label id per row (-1 none), or null when not computed yet
 * @param confidence the suggestions' confidence per row, or null
 * @param quality null when not measured yet
 * @param truth the demo-truth line, or null when the folder has no truth file
 * @param status a line for the status bar, e.g. the round's timing
 */
public record MapSnapshot(Rows rows, float[] x, float[] y, int[] suggested, float[] confidence, QualityReport quality,
        String truth, String status) {

    /** The map's coordinates, one row per row of {@code rows}, not analysed yet. */
    static MapSnapshot of(Rows rows, FloatMatrix coords, String status) {
        float[] x = new float[coords.rows()];
        float[] y = new float[coords.rows()];
        for (int r = 0; r < coords.rows(); r++) {
            x[r] = coords.get(r, 0);
            y[r] = coords.get(r, 1);
        }
        return new MapSnapshot(rows, x, y, null, null, null, null, status);
    }

    /** The map saved in the project, for the scanned images it still places. */
    static MapSnapshot saved(FloatMatrix layout, ScannedImages scanned) {
        Rows rows = Rows.placedBy(layout, scanned.imageOfEntry());
        return of(rows, rows.pick(layout), "Saved map; checking features…");
    }

    public MapSnapshot withAnalysis(int[] s, float[] c, QualityReport q, String t) {
        return new MapSnapshot(rows, x, y, s, c, q, t, status);
    }
}
