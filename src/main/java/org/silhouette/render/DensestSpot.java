package org.silhouette.render;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Where the points of a map crowd most: the spot a screenshot zooms in on to fill the screen with
 * thumbnails, and the group the launch check names.
 */
public final class DensestSpot {

    /** The points are counted in a grid of this many cells a side. */
    static final int GRID = 24;

    private DensestSpot() {
    }

    /** The centre of the busiest cell of a {@value #GRID} x {@value #GRID} grid over the points; (0, 0) when they span no area. */
    public static float[] of(float[] x, float[] y) {
        int g = GRID;
        float minX = Float.POSITIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        if (x.length == 0 || !(maxX > minX) || !(maxY > minY)) {
            return new float[] {0, 0};
        }
        int[] count = new int[g * g];
        int best = 0;
        for (int i = 0; i < x.length; i++) {
            int cx = Math.min(g - 1, (int) ((x[i] - minX) / (maxX - minX) * g));
            int cy = Math.min(g - 1, (int) ((y[i] - minY) / (maxY - minY) * g));
            int k = cy * g + cx;
            if (++count[k] > count[best]) {
                best = k;
            }
        }
        return new float[] {minX + (best % g + 0.5f) * (maxX - minX) / g, minY + (best / g + 0.5f) * (maxY - minY) / g};
    }

    /** The {@code count} points nearest {@code spot} ({x, y}), nearest first. */
    public static int[] nearest(float[] x, float[] y, float[] spot, int count) {
        return IntStream.range(0, x.length).boxed()
                .sorted(Comparator.comparingDouble(r -> Math.hypot(x[r] - spot[0], y[r] - spot[1])))
                .limit(count).mapToInt(Integer::intValue).toArray();
    }
}
