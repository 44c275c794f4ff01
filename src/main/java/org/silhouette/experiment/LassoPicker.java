package org.silhouette.experiment;

import org.silhouette.core.FloatMatrix;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The simulated annotator's eye: finds the densest group of candidate (unlabelled) points on the 2-D map
 * and outlines it, without looking at any label. It is a density step on a grid:
 *
 * <ol>
 *   <li>count the candidates per cell of a {@code grid × grid} raster over the whole map, and smooth the
 *       counts with a Gaussian of {@code sigmaCells} cells;</li>
 *   <li>hill-climb every cell to its local density maximum (mean-shift on the grid), so the map splits into
 *       basins, one per mode;</li>
 *   <li>take the highest mode's basin, cut where the density falls below {@code level} × the mode's.</li>
 * </ol>
 *
 * The lasso is the outline of that set of cells (a rectilinear polygon); its members are the candidates
 * inside it. A group therefore ends at the density valley between two blobs, as a person's lasso would.
 */
public final class LassoPicker {
    private LassoPicker() {
    }

    /**
     * @param grid cells along each side of the raster
     * @param sigmaCells smoothing of the counts, in cells
     * @param level the group ends where the smoothed density falls below this share of its peak
     */
    public record Options(int grid, double sigmaCells, double level) {
        public Options {
            if (grid < 4 || grid > 2048) {
                throw new IllegalArgumentException("grid must be in [4, 2048], got " + grid);
            }
            if (!(sigmaCells > 0 && sigmaCells < grid)) {
                throw new IllegalArgumentException("sigma must be in (0, grid), got " + sigmaCells);
            }
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("level must be in (0, 1), got " + level);
            }
        }

        public static Options defaults() {
            return new Options(64, 1.0, 0.2);
        }
    }

    /**
     * One lasso.
     *
     * @param members candidate rows inside it, ascending
     * @param inside per cell (row-major, {@code grid × grid}) whether the cell is inside
     * @param minX the raster's lower-left corner and cell size, to map points to cells
     */
    public record Lasso(int[] members, boolean[] inside, int grid, double minX, double minY, double cell) {
        /** Whether a map point lies inside the lasso's outline. */
        public boolean contains(double x, double y) {
            int cx = (int) Math.floor((x - minX) / cell);
            int cy = (int) Math.floor((y - minY) / cell);
            return cx >= 0 && cy >= 0 && cx < grid && cy < grid && inside[cy * grid + cx];
        }
    }

    /**
     * @param candidate which rows may be lassoed (the unlabelled ones)
     * @return the lasso, or null when there is no candidate
     */
    public static Lasso pick(FloatMatrix coords, boolean[] candidate, Options o) {
        int n = coords.rows();
        int g = o.grid();
        boolean any = false;
        for (int i = 0; i < n && !any; i++) {
            any = candidate[i] && MapBounds.placed(coords, i);
        }
        if (!any) {
            return null;
        }
        // square cells over the whole map (labelled points included), so the raster does not jump as
        // points get labelled; a small margin keeps the extreme points inside
        MapBounds b = MapBounds.of(coords);
        double span = b.span(1e-9) * 1.0001;
        double cell = span / g;
        double ox = b.minX() - (span - b.width()) / 2;
        double oy = b.minY() - (span - b.height()) / 2;
        int[] cellOf = new int[n];
        double[] count = new double[g * g];
        for (int i = 0; i < n; i++) {
            cellOf[i] = -1;
            if (!MapBounds.placed(coords, i)) {
                continue;
            }
            int cx = Math.min(g - 1, (int) ((coords.get(i, 0) - ox) / cell));
            int cy = Math.min(g - 1, (int) ((coords.get(i, 1) - oy) / cell));
            cellOf[i] = cy * g + cx;
            if (candidate[i]) {
                count[cellOf[i]]++;
            }
        }
        double[] density = blur(count, g, o.sigmaCells());
        int[] mode = climb(density, g);
        int peak = 0;
        for (int c = 1; c < density.length; c++) {
            if (density[c] > density[peak]) {
                peak = c;
            }
        }
        double floor = o.level() * density[peak];
        boolean[] inside = new boolean[g * g];
        // the peak's basin above the level, kept connected to the peak
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(peak);
        inside[peak] = true;
        while (!queue.isEmpty()) {
            for (int nc : around(queue.poll(), g)) {
                if (!inside[nc] && mode[nc] == peak && density[nc] >= floor) {
                    inside[nc] = true;
                    queue.add(nc);
                }
            }
        }
        int m = 0;
        int[] members = new int[n];
        for (int i = 0; i < n; i++) {
            if (candidate[i] && cellOf[i] >= 0 && inside[cellOf[i]]) {
                members[m++] = i;
            }
        }
        if (m == 0) {
            // the peak cell's smoothed density can come from neighbours only; fall back to its nearest candidates
            members[m++] = nearestCandidate(coords, candidate, ox + (peak % g + 0.5) * cell, oy + (peak / g + 0.5) * cell);
        }
        return new Lasso(Arrays.copyOf(members, m), inside, g, ox, oy, cell);
    }

    private static int nearestCandidate(FloatMatrix coords, boolean[] candidate, double x, double y) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < coords.rows(); i++) {
            if (!candidate[i]) {
                continue;
            }
            double dx = coords.get(i, 0) - x;
            double dy = coords.get(i, 1) - y;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Separable Gaussian blur with a kernel of ±3σ, zero outside the raster. */
    static double[] blur(double[] v, int g, double sigma) {
        int r = Math.max(1, (int) Math.ceil(3 * sigma));
        double[] k = new double[2 * r + 1];
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-0.5 * i * i / (sigma * sigma));
        }
        return blurPass(blurPass(v, g, k, true), g, k, false);
    }

    /** One pass of the kernel along the rows of the g×g raster, or along its columns. */
    private static double[] blurPass(double[] v, int g, double[] k, boolean alongRows) {
        int r = k.length / 2;
        int step = alongRows ? 1 : g;
        double[] out = new double[v.length];
        for (int c = 0; c < v.length; c++) {
            int at = alongRows ? c % g : c / g;
            double s = 0;
            for (int d = Math.max(-r, -at); d <= Math.min(r, g - 1 - at); d++) {
                s += k[d + r] * v[c + d * step];
            }
            out[c] = s;
        }
        return out;
    }

    /** The cells of the 3×3 block around cell c that lie on the g×g raster, c included, row by row. */
    static int[] around(int c, int g) {
        int cx = c % g;
        int cy = c / g;
        int[] cells = new int[9];
        int k = 0;
        for (int ny = Math.max(0, cy - 1); ny <= Math.min(g - 1, cy + 1); ny++) {
            for (int nx = Math.max(0, cx - 1); nx <= Math.min(g - 1, cx + 1); nx++) {
                cells[k++] = ny * g + nx;
            }
        }
        return Arrays.copyOf(cells, k);
    }

    /** For each cell, the local maximum reached by always stepping to the densest of its 8 neighbours. */
    static int[] climb(double[] density, int g) {
        int[] next = new int[density.length];
        for (int c = 0; c < density.length; c++) {
            int best = c;
            for (int nc : around(c, g)) {
                // ties go to the lower index, so plateaus drain to one cell
                if (density[nc] > density[best] || (density[nc] == density[best] && nc < best)) {
                    best = nc;
                }
            }
            next[c] = best;
        }
        int[] mode = new int[density.length];
        for (int c = 0; c < density.length; c++) {
            int m = c;
            while (next[m] != m) {
                m = next[m];
            }
            mode[c] = m;
        }
        return mode;
    }
}
