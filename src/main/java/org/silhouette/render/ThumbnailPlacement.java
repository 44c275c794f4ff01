package org.silhouette.render;

import java.util.Arrays;

/**
 * Chooses which points are drawn as thumbnails, the way a map places its labels: in priority order, a point
 * gets one when no thumbnail placed before it is closer than the gap along both axes; otherwise it stays a dot,
 * or is left out when it lies under a drawn thumbnail. Placed centres go into a uniform grid of gap-sized
 * cells, which holds at most one each, so each point is checked against the 3 x 3 cells around it and a frame
 * stays linear in the number of points. A dimmed point never takes room. Reuses its buffers; not thread-safe.
 */
final class ThumbnailPlacement {

    private static final byte DOT = 0;
    private static final byte THUMBNAIL = 1;
    private static final byte HIDDEN = 2;

    private byte[] role = new byte[0];
    private int[] cellSlot = new int[0];
    private int[] cellStamp = new int[0];
    private int stamp;
    private int[] placedWinner = new int[0];
    private ArgbTile[] placedTile = new ArgbTile[0];
    private int count;

    /**
     * Places thumbnails of {@code size} px among the first {@code visible} winners (top of the draw order
     * first), whose screen centres are {@code x}, {@code y}, inside a {@code width} x {@code height} screen
     * widened by {@code pad} on every side; asks {@code tiles} only for the points placed, at most
     * {@code maxTiles} of them.
     */
    void place(int[] winners, double[] x, double[] y, int visible, boolean[] dimmed, int size, double gap,
            int maxTiles, int width, int height, int pad, TileLookup tiles) {
        Arrays.fill(placedTile, 0, count, null); // the last frame's tiles are not kept alive by this
        count = 0;
        if (role.length < visible) {
            role = new byte[winners.length];
        }
        double cell = Math.max(1, gap);
        int gw = (int) ((width + 2.0 * pad) / cell) + 3;
        int gh = (int) ((height + 2.0 * pad) / cell) + 3;
        if (cellSlot.length < gw * gh) {
            cellSlot = new int[gw * gh];
            cellStamp = new int[gw * gh];
            stamp = 0;
        }
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(cellStamp, 0);
            stamp = 1;
        }
        double half = size / 2.0;
        for (int w = 0; w < visible; w++) {
            int i = winners[w];
            if (dimmed != null && dimmed[i]) {
                role[w] = DOT;
                continue;
            }
            int cx = (int) ((x[w] + pad) / cell) + 1; // winners lie within the padded screen, so 1 <= cx < gw - 1
            int cy = (int) ((y[w] + pad) / cell) + 1;
            boolean blocked = false;
            boolean covered = false;
            for (int c = (cy - 1) * gw + cx - 1; c <= (cy + 1) * gw + cx - 1; c += gw) {
                for (int k = c; k < c + 3; k++) {
                    if (cellStamp[k] != stamp) {
                        continue;
                    }
                    int o = placedWinner[cellSlot[k]];
                    double dx = Math.abs(x[o] - x[w]);
                    double dy = Math.abs(y[o] - y[w]);
                    blocked |= dx < gap && dy < gap;
                    covered |= dx < half && dy < half && placedTile[cellSlot[k]] != null;
                }
            }
            if (!blocked && count < maxTiles) {
                int c = cy * gw + cx;
                cellStamp[c] = stamp;
                cellSlot[c] = count;
                ArgbTile tile = tiles.tileOrRequest(i);
                add(w, tile);
                role[w] = tile != null ? THUMBNAIL : DOT; // a tile still loading keeps its room: no flicker
            } else {
                role[w] = covered ? HIDDEN : DOT;
            }
        }
    }

    /** Whether winner {@code w} of the last placement is drawn as a dot. */
    boolean isDot(int w) {
        return role[w] == DOT;
    }

    /** Thumbnails placed by the last {@link #place}, in priority order (those still loading included). */
    int count() {
        return count;
    }

    /** The winner the k-th placed thumbnail belongs to. */
    int winner(int k) {
        return placedWinner[k];
    }

    /** The k-th placed thumbnail's tile, or null while it loads (then its point is a dot). */
    ArgbTile tile(int k) {
        return placedTile[k];
    }

    private void add(int w, ArgbTile tile) {
        if (count == placedWinner.length) {
            int grown = Math.max(64, 2 * count);
            placedWinner = Arrays.copyOf(placedWinner, grown);
            placedTile = Arrays.copyOf(placedTile, grown);
        }
        placedWinner[count] = w;
        placedTile[count] = tile;
        count++;
    }
}
