package org.silhouette.session;

import java.util.BitSet;

/** Small facts about an {@code int[]} of class ids where {@code -1} means unlabelled. */
final class Labels {
    private Labels() {
    }

    static int classCount(int[] labels) {
        BitSet seen = new BitSet();
        for (int l : labels) {
            if (l >= 0) {
                seen.set(l);
            }
        }
        return seen.cardinality();
    }

    /** The class ids in use, ascending. */
    static int[] distinctIds(int[] labels) {
        return java.util.Arrays.stream(labels).filter(l -> l >= 0).distinct().sorted().toArray();
    }

    /** Labels renumbered to positions in {@code ids}; -1 stays -1. */
    static int[] dense(int[] labels, int[] ids) {
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = labels[i] < 0 ? -1 : java.util.Arrays.binarySearch(ids, labels[i]);
        }
        return out;
    }
}
