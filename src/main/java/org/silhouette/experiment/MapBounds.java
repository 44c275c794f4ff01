package org.silhouette.experiment;

import org.silhouette.core.FloatMatrix;

/**
 * The box around a map's placed points (rows whose x and y are both finite), which the simulated lasso grids
 * and the map figure scales: both must skip the same unplaced rows, so both take the box from here.
 */
record MapBounds(double minX, double minY, double maxX, double maxY) {

    /** The box of the placed rows of an n x 2 coordinate matrix; null when no row is placed. */
    static MapBounds of(FloatMatrix coords) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < coords.rows(); i++) {
            if (placed(coords, i)) {
                minX = Math.min(minX, coords.get(i, 0));
                maxX = Math.max(maxX, coords.get(i, 0));
                minY = Math.min(minY, coords.get(i, 1));
                maxY = Math.max(maxY, coords.get(i, 1));
            }
        }
        return maxX >= minX ? new MapBounds(minX, minY, maxX, maxY) : null;
    }

    /** Whether row {@code i} has a place on the map (both coordinates finite). */
    static boolean placed(FloatMatrix coords, int i) {
        return Double.isFinite(coords.get(i, 0)) && Double.isFinite(coords.get(i, 1));
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }

    /** The longer side, but at least {@code least}, so that a single point still gets a box. */
    double span(double least) {
        return Math.max(Math.max(width(), height()), least);
    }
}
