package org.silhouette.metrics;

/**
 * Puts the {@code limit} smallest entries of parallel arrays (key, id) first, in ascending order of key and then
 * id, in O(n + limit log limit) on average. The order is total because ids are distinct, so the result is
 * the same for any input order.
 */
final class PartialSort {
    private static final int SMALL = 16;

    private PartialSort() {
    }

    static void smallestFirst(double[] key, int[] id, int n, int limit) {
        sort(key, id, 0, n, Math.min(limit, n));
    }

    private static void sort(double[] key, int[] id, int lo, int hi, int limit) {
        while (hi - lo > SMALL && lo < limit) {
            int p = partition(key, id, lo, hi);
            sort(key, id, lo, p, limit);
            lo = p + 1; // the right side matters only while it still holds positions below limit
        }
        if (lo < limit) {
            insertionSort(key, id, lo, hi);
        }
    }

    /** Median-of-three pivot, Lomuto partition; returns the pivot's final position. */
    private static int partition(double[] key, int[] id, int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        int last = hi - 1;
        if (less(key, id, mid, lo)) {
            swap(key, id, mid, lo);
        }
        if (less(key, id, last, lo)) {
            swap(key, id, last, lo);
        }
        if (less(key, id, mid, last)) {
            swap(key, id, mid, last); // the median now sits at last
        }
        double pk = key[last];
        int pid = id[last];
        int store = lo;
        for (int i = lo; i < last; i++) {
            if (key[i] < pk || (key[i] == pk && id[i] < pid)) {
                swap(key, id, i, store++);
            }
        }
        swap(key, id, store, last);
        return store;
    }

    private static void insertionSort(double[] key, int[] id, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            double k = key[i];
            int d = id[i];
            int j = i - 1;
            while (j >= lo && (key[j] > k || (key[j] == k && id[j] > d))) {
                key[j + 1] = key[j];
                id[j + 1] = id[j];
                j--;
            }
            key[j + 1] = k;
            id[j + 1] = d;
        }
    }

    private static boolean less(double[] key, int[] id, int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && id[a] < id[b]);
    }

    private static void swap(double[] key, int[] id, int a, int b) {
        double k = key[a];
        key[a] = key[b];
        key[b] = k;
        int d = id[a];
        id[a] = id[b];
        id[b] = d;
    }
}
