package org.silhouette.render;

import java.util.List;

/**
 * Colours for every point: a palette index per point, the palette, a draw order (last on top) and the
 * legend rows with their counts. A legend row covers palette indices {@code first..last}.
 */
public record PointColours(int[] index, int[] palette, int[] order, List<Entry> legend) {

    public record Entry(String name, int rgb, int count, int first, int last) {
        public boolean covers(int paletteIndex) {
            return paletteIndex >= first && paletteIndex <= last;
        }
    }
}
