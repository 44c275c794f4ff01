package org.silhouette.render;

import java.util.ArrayList;
import java.util.List;

/** Builds {@link PointColours} for each {@link ColourMode} from the per-image arrays the app holds. */
public final class Colouring {

    /** Grey for "no label" / "no value": visible on the dark map without competing with real colours. */
    public static final int NONE_RGB = 0x5C6068;

    /** Categorical colours chosen for a dark background, the first ten distinct, the next ten lighter. */
    private static final int[] CATEGORICAL = {
        0x4E9BE6, 0xF28E2B, 0x59C36A, 0xE5484D, 0xB07AE8, 0xC4935A, 0xF07DC0, 0xB8C23A, 0x3CC7C9, 0xF2D14B,
        0x9CC8F2, 0xF7BD86, 0x9ADD9F, 0xF29A9C, 0xD2B4F3, 0xE0C09A, 0xF6B5DA, 0xD8DE86, 0x8CE0E1, 0xF7E69A,
    };

    private static final int BINS = 10;
    private static final int[] SEQUENTIAL = ramp(new int[] {0x6A3D9A, 0x3B6FB0, 0x2A9D8F, 0x7BC95A, 0xF6E35A});
    private static final int[] DIVERGING = ramp(new int[] {0xE5484D, 0xC07A6E, 0x8A8F98, 0x6E9CC4, 0x4E9BE6});

    private Colouring() {
    }

    /** The default colour of label {@code id} (0-based). */
    public static int labelRgb(int id) {
        int base = CATEGORICAL[Math.floorMod(id, CATEGORICAL.length)];
        return id < CATEGORICAL.length ? base : darker(base, 1 + id / CATEGORICAL.length);
    }

    /**
     * By class id ({@code -1} = none). Unlabelled points draw first so the labelled ones stay visible.
     * {@code labelRgb} may be null for the default colours.
     */
    public static PointColours categorical(int[] ids, List<String> names, int[] labelRgb, String noneName) {
        int classes = names.size();
        int[] palette = new int[classes + 1];
        palette[0] = NONE_RGB;
        for (int c = 0; c < classes; c++) {
            palette[c + 1] = labelRgb != null && c < labelRgb.length ? labelRgb[c] : labelRgb(c);
        }
        int[] index = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            index[i] = id >= 0 && id < classes ? id + 1 : 0;
        }
        int[] counts = counts(index, palette.length);
        List<PointColours.Entry> legend = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            legend.add(new PointColours.Entry(names.get(c), palette[c + 1], counts[c + 1], c + 1, c + 1));
        }
        legend.add(new PointColours.Entry(noneName, NONE_RGB, counts[0], 0, 0));
        return new PointColours(index, palette, orderByIndex(index, palette.length, false), legend);
    }

    /**
     * Confidence in [0, 1], binned; NaN means no suggestion, or one whose confidence is unknown (one group named).
     * Least confident draw on top.
     */
    public static PointColours confidence(float[] values) {
        return binned(values, 0, 1, SEQUENTIAL, "none or unknown", true);
    }

    /** Silhouette in [-1, 1], binned; NaN means not computed. Worst draw on top. */
    public static PointColours silhouette(float[] values) {
        return binned(values, -1, 1, DIVERGING, "not computed", true);
    }

    private static PointColours binned(float[] values, float lo, float hi, int[] ramp, String noneName,
            boolean lowOnTop) {
        int[] palette = new int[BINS + 1];
        palette[0] = NONE_RGB;
        System.arraycopy(ramp, 0, palette, 1, BINS);
        int[] index = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (Float.isNaN(v)) {
                index[i] = 0;
            } else {
                int bin = (int) ((v - lo) / (hi - lo) * BINS);
                index[i] = 1 + Math.max(0, Math.min(BINS - 1, bin));
            }
        }
        int[] counts = counts(index, palette.length);
        List<PointColours.Entry> legend = new ArrayList<>();
        int rows = BINS / 2;
        for (int r = rows - 1; r >= 0; r--) {
            int first = 1 + 2 * r;
            double from = lo + (hi - lo) * r / rows;
            double to = lo + (hi - lo) * (r + 1) / rows;
            String name = String.format(java.util.Locale.ROOT, "%.1f to %.1f", from, to);
            legend.add(new PointColours.Entry(name, palette[first + 1], counts[first] + counts[first + 1], first,
                    first + 1));
        }
        legend.add(new PointColours.Entry(noneName, NONE_RGB, counts[0], 0, 0));
        int[] order = orderByIndex(index, palette.length, lowOnTop);
        return new PointColours(index, palette, order, legend);
    }

    private static int[] counts(int[] index, int size) {
        int[] counts = new int[size];
        for (int v : index) {
            counts[v]++;
        }
        return counts;
    }

    /**
     * Stable counting sort of the points by palette index: index 0 ("none") first, then ascending, or
     * descending when {@code descending}, so the last group ends on top.
     */
    static int[] orderByIndex(int[] index, int size, boolean descending) {
        int[] counts = counts(index, size);
        int[] rank = new int[size];
        rank[0] = 0;
        for (int k = 1; k < size; k++) {
            rank[k] = descending ? size - k : k;
        }
        int[] start = new int[size + 1];
        for (int k = 0; k < size; k++) {
            start[rank[k] + 1] += counts[k];
        }
        for (int r = 0; r < size; r++) {
            start[r + 1] += start[r];
        }
        int[] order = new int[index.length];
        for (int i = 0; i < index.length; i++) {
            order[start[rank[index[i]]]++] = i;
        }
        return order;
    }

    /** BINS colours interpolated through the anchors. */
    private static int[] ramp(int[] anchors) {
        int[] out = new int[BINS];
        for (int b = 0; b < BINS; b++) {
            double t = (b + 0.5) / BINS * (anchors.length - 1);
            int k = Math.min(anchors.length - 2, (int) t);
            out[b] = mix(anchors[k], anchors[k + 1], t - k);
        }
        return out;
    }

    static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return (r << 16) | (g << 8) | bl;
    }

    private static int darker(int rgb, int steps) {
        return mix(rgb, 0x000000, Math.min(0.6, 0.25 * steps));
    }
}
