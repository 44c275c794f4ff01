package org.silhouette.render;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Estimates the typical nearest-neighbour distance of a point cloud (median over a seeded sample), with a
 * uniform grid so it stays linear in the number of points. It sets how large thumbnails can be drawn.
 */
public final class PointSpacing {

    private static final int SAMPLE = 1000;

    private PointSpacing() {
    }

    public static float estimate(float[] x, float[] y, int n) {
        if (n < 2) {
            return 1;
        }
        float[] b = FiniteBounds.of(x, y, n);
        if (b == null) {
            return 1;
        }
        float minX = b[0];
        float minY = b[1];
        double w = b[2] - minX;
        double h = b[3] - minY;
        if (!(w > 0 || h > 0)) {
            return 1;
        }
        double cell = Math.max(Math.sqrt(Math.max(w, 1e-12) * Math.max(h, 1e-12) / n), Math.max(w, h) / 4096);
        int gw = (int) (w / cell) + 1;
        int gh = (int) (h / cell) + 1;
        int[] start = new int[gw * gh + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            if (Float.isFinite(x[i]) && Float.isFinite(y[i])) {
                cellOf[i] = (int) ((y[i] - minY) / cell) * gw + (int) ((x[i] - minX) / cell);
                start[cellOf[i] + 1]++;
            } else {
                cellOf[i] = -1;
            }
        }
        for (int c = 0; c < gw * gh; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, start.length);
        int[] members = new int[start[gw * gh]];
        for (int i = 0; i < n; i++) {
            if (cellOf[i] >= 0) {
                members[fill[cellOf[i]]++] = i;
            }
        }
        SplittableRandom random = new SplittableRandom(42);
        int samples = Math.min(SAMPLE, n);
        double[] nearest = new double[samples];
        int found = 0;
        for (int s = 0; s < samples; s++) {
            int i = samples == n ? s : random.nextInt(n);
            if (cellOf[i] < 0) {
                continue;
            }
            double d = nearestDistance(i, x, y, cellOf[i] % gw, cellOf[i] / gw, gw, gh, cell, start, members);
            if (d > 0 && Double.isFinite(d)) {
                nearest[found++] = d;
            }
        }
        if (found == 0) {
            return (float) cell;
        }
        Arrays.sort(nearest, 0, found);
        return (float) nearest[found / 2];
    }

    /** Searches rings of cells outwards until no closer point can exist; duplicates (distance 0) are skipped. */
    private static double nearestDistance(int i, float[] x, float[] y, int cx, int cy, int gw, int gh, double cell,
            int[] start, int[] members) {
        double best = Double.POSITIVE_INFINITY;
        int maxRing = Math.max(gw, gh);
        for (int ring = 0; ring <= maxRing; ring++) {
            if ((ring - 1) * cell > best) {
                break;
            }
            for (int gy = cy - ring; gy <= cy + ring; gy++) {
                if (gy < 0 || gy >= gh) {
                    continue;
                }
                boolean edgeRow = gy == cy - ring || gy == cy + ring;
                for (int gx = cx - ring; gx <= cx + ring; gx += edgeRow ? 1 : 2 * ring) {
                    if (gx >= 0 && gx < gw) {
                        int c = gy * gw + gx;
                        for (int m = start[c]; m < start[c + 1]; m++) {
                            int j = members[m];
                            double d = Math.hypot(x[j] - x[i], y[j] - y[i]);
                            if (j != i && d > 0 && d < best) {
                                best = d;
                            }
                        }
                    }
                    if (ring == 0) {
                        break;
                    }
                }
            }
        }
        return best;
    }
}
