package org.silhouette.layout;

import org.silhouette.core.Cancellation;

import java.util.SplittableRandom;

/**
 * Random projection trees for a good start to {@link NnDescent}: each tree cuts the rows in two by the plane
 * halfway between two random rows of the set, again and again, until a set is no larger than a leaf; rows that
 * share a leaf are likely neighbours. From random lists alone NN-descent converges slowly where all distances
 * are alike (isotropic noise in many dimensions); leaves give it near neighbours from the start.
 */
final class ProjectionForest {
    /** Gets the rows of one leaf, {@code rows[0..size)}. */
    interface LeafVisitor {
        void leaf(int[] rows, int from, int to);
    }

    private final float[] data;
    private final int d;
    private final int leafSize;

    private ProjectionForest(float[] data, int d, int leafSize) {
        this.data = data;
        this.d = d;
        this.leafSize = leafSize;
    }

    /** Visits the leaves of {@code trees} trees over rows [0, n), tree by tree, left to right. */
    static void leaves(float[] data, int n, int d, int trees, int leafSize, long seed, Cancellation cancel,
            LeafVisitor visitor) {
        ProjectionForest f = new ProjectionForest(data, d, leafSize);
        for (int t = 0; t < trees; t++) {
            cancel.check();
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = i;
            }
            f.split(rows, 0, n, new SplittableRandom(NnDescent.mix(seed, -2, t)), visitor);
        }
    }

    /** Splits rows[from, to) in place; an explicit stack, as a skewed tree could be deep. */
    private void split(int[] rows, int from, int to, SplittableRandom r, LeafVisitor visitor) {
        int[] stack = new int[128];
        int top = 0;
        stack[top++] = from;
        stack[top++] = to;
        float[] normal = new float[d];
        while (top > 0) {
            int b = stack[--top];
            int a = stack[--top];
            if (b - a <= leafSize) {
                visitor.leaf(rows, a, b);
                continue;
            }
            int mid = partition(rows, a, b, r, normal);
            if (top + 4 > stack.length) {
                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
            }
            // the right half is pushed first, so leaves come left to right
            stack[top++] = mid;
            stack[top++] = b;
            stack[top++] = a;
            stack[top++] = mid;
        }
    }

    /**
     * Moves rows on the first row's side of the plane to the front; returns where the other side starts. When
     * the plane leaves one side empty (duplicates), halves the set instead.
     */
    private int partition(int[] rows, int a, int b, SplittableRandom r, float[] normal) {
        int p = rows[a + r.nextInt(b - a)];
        int q = rows[a + r.nextInt(b - a)];
        double offset = 0;
        for (int c = 0; c < d; c++) {
            float x = data[p * d + c];
            float y = data[q * d + c];
            normal[c] = x - y;
            offset += (x - y) * (x + y) / 2.0;
        }
        int lo = a;
        int hi = b - 1;
        while (lo <= hi) {
            if (side(rows[lo], normal) >= offset) {
                lo++;
            } else {
                int t = rows[lo];
                rows[lo] = rows[hi];
                rows[hi] = t;
                hi--;
            }
        }
        return lo == a || lo == b ? (a + b) >>> 1 : lo;
    }

    private double side(int row, float[] normal) {
        int o = row * d;
        float s = 0;
        for (int c = 0; c < d; c++) {
            s += data[o + c] * normal[c];
        }
        return s;
    }
}
