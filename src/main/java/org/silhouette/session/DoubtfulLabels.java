package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.layout.Knn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Labels that their neighbourhood contradicts: a lasso that caught a few images of another class. For every
 * labelled row, its k nearest <em>labelled</em> rows are found in the backbone's view (and in the head's
 * embedding, when there is a head); the agreement is the share of them that carry the same label. A row is
 * doubtful when its agreement is below the threshold in every view it is given, so a head that has learnt a
 * label cannot overrule the backbone alone, nor the reverse.
 *
 * <p>A small class cannot have k neighbours of its own: its agreement is the share of the neighbours it
 * could have (at most its size minus one), so a freshly named group of five is not doubtful for being small.
 * A group of wrong labels larger than k, in a class nobody has labelled yet, agrees with itself and is not
 * found; once that class is labelled, it is.
 */
public final class DoubtfulLabels {

    /**
     * @param k neighbours per labelled row
     * @param threshold a row is doubtful only when its agreement is below this, in [0, 1]
     * @param dominance ... and when one other label has at least this many times as many of its neighbours as
     *     its own label (counted as at least one), so a label is doubted only for another that its neighbours
     *     clearly prefer; 0 drops this condition
     * @param passes how often the rows are judged again with the doubtful ones no longer vouching for their
     *     neighbours (1: once)
     */
    public record Options(int k, double threshold, double dominance, int passes) {
        public Options {
            if (k < 1 || k > 1000) {
                throw new IllegalArgumentException("the neighbour count must be between 1 and 1000, got " + k);
            }
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("the agreement threshold must be between 0 and 1, got " + threshold);
            }
            if (!(dominance >= 0 && dominance <= 1000)) {
                throw new IllegalArgumentException("the dominance must be between 0 and 1000, got " + dominance);
            }
            if (passes < 1 || passes > 10) {
                throw new IllegalArgumentException("the passes must be between 1 and 10, got " + passes);
            }
        }

        /**
         * Ten neighbours; doubtful when at most two of ten agree and one other label has three times as many
         * (at least three); up to four passes, which find a wrong image among a few wrong others.
         */
        public static Options defaults() {
            return new Options(10, 0.3, 3, 4);
        }
    }

    /**
     * One doubtful row.
     *
     * @param label its label id
     * @param suggested the label most of its neighbours carry, other than its own (-1 when none)
     * @param agreement its agreement in the backbone's view, in [0, 1]
     * @param headAgreement its agreement in the head's embedding, NaN without a head
     */
    public record Doubt(int row, int label, int suggested, double agreement, double headAgreement) {
    }

    /** The doubtful rows, ascending by agreement, then by the head's (the most doubtful first). */
    public record Found(List<Doubt> doubts) {
        public Found {
            doubts = List.copyOf(doubts);
        }

        public static Found none() {
            return new Found(List.of());
        }

        public int count() {
            return doubts.size();
        }

        public BitSet rows() {
            BitSet b = new BitSet();
            doubts.forEach(d -> b.set(d.row()));
            return b;
        }

        /** The first {@code max} doubts: the most doubtful. */
        public Found mostDoubtful(int max) {
            return doubts.size() <= max ? this : new Found(doubts.subList(0, Math.max(0, max)));
        }

        /** The labels with the doubtful rows unlabelled: what the head trains on. */
        public int[] withoutDoubtful(int[] labels) {
            int[] out = labels.clone();
            for (Doubt d : doubts) {
                out[d.row()] = -1;
            }
            return out;
        }
    }

    private DoubtfulLabels() {
    }

    /**
     * @param backbone the backbone's view, one row per map row (e.g. {@link IntrospectionMap#backboneView})
     * @param head the head's embedding of the same rows, or null when there is no head yet
     * @param labels label id per row, -1 for unlabelled
     * @param trusted rows the user confirmed: never doubtful, still neighbours of the others
     */
    public static Found find(FloatMatrix backbone, FloatMatrix head, int[] labels, BitSet trusted, Options options,
            Cancellation cancel) {
        if (backbone.rows() != labels.length || (head != null && head.rows() != labels.length)) {
            throw new IllegalArgumentException("the views and the labels must have the same rows");
        }
        int[] labelled = java.util.stream.IntStream.range(0, labels.length).filter(r -> labels[r] >= 0).toArray();
        if (labelled.length < 3 || Labels.classCount(labels) < 2) {
            return Found.none(); // one class, or almost nothing: no neighbour can contradict a label
        }
        int[] sub = new int[labelled.length];
        for (int i = 0; i < labelled.length; i++) {
            sub[i] = labels[labelled[i]];
        }
        int k = Math.min(options.k(), labelled.length - 1);
        int[] classSize = classSizes(sub);
        Knn backboneKnn = Knn.of(pick(backbone, labelled), k, threads(), cancel);
        Knn headKnn = head == null ? null : Knn.of(pick(head, labelled), k, threads(), cancel);
        // Pass one judges every label by all its neighbours. A wrong image among a few wrong others is
        // vouched for by them, so later passes stop counting neighbours already found doubtful.
        boolean[] doubtful = new boolean[labelled.length];
        double[] a = new double[labelled.length];
        double[] h = new double[labelled.length];
        for (int pass = 0; pass < options.passes(); pass++) {
            boolean[] next = new boolean[labelled.length];
            for (int i = 0; i < labelled.length; i++) {
                int possible = Math.min(k, classSize[sub[i]] - 1);
                if (possible == 0 || (trusted != null && trusted.get(labelled[i]))) {
                    continue; // confirmed, or the only image of its label: nothing to judge it by
                }
                a[i] = agreement(backboneKnn, sub, doubtful, i, possible);
                h[i] = headKnn == null ? Double.NaN : agreement(headKnn, sub, doubtful, i, possible);
                next[i] = contradicted(backboneKnn, sub, doubtful, i, a[i], possible, options)
                        && (headKnn == null || contradicted(headKnn, sub, doubtful, i, h[i], possible, options));
            }
            boolean same = java.util.Arrays.equals(next, doubtful);
            doubtful = next;
            if (same) {
                break;
            }
        }
        List<Doubt> doubts = new ArrayList<>();
        for (int i = 0; i < labelled.length; i++) {
            if (doubtful[i]) {
                doubts.add(new Doubt(labelled[i], sub[i], otherMajority(sub, i, backboneKnn, headKnn), a[i], h[i]));
            }
        }
        doubts.sort(java.util.Comparator.comparingDouble(Doubt::agreement)
                .thenComparingDouble(d -> Double.isNaN(d.headAgreement()) ? 1 : d.headAgreement())
                .thenComparingInt(Doubt::row));
        return new Found(doubts);
    }

    /** Whether point i's neighbours in one view agree too little with its label and clearly prefer another. */
    private static boolean contradicted(Knn knn, int[] sub, boolean[] doubtful, int i, double agreement,
            int possible, Options options) {
        if (agreement >= options.threshold()) {
            return false;
        }
        double same = Math.max(1, agreement * possible);
        java.util.Map<Integer, Integer> other = new java.util.HashMap<>();
        int top = 0;
        for (int p = 0; p < knn.k(); p++) {
            int l = sub[knn.indices()[i * knn.k() + p]];
            if (l != sub[i]) {
                top = Math.max(top, other.merge(l, 1, Integer::sum));
            }
        }
        return top >= options.dominance() * same;
    }

    /** Share of the neighbours that could carry point i's label that do, doubtful ones not counted. */
    private static double agreement(Knn knn, int[] sub, boolean[] doubtful, int i, int possible) {
        int same = 0;
        for (int p = 0; p < knn.k(); p++) {
            int j = knn.indices()[i * knn.k() + p];
            if (sub[j] == sub[i] && !doubtful[j]) {
                same++;
            }
        }
        return Math.min(1.0, same / (double) possible);
    }

    /** The most frequent other label among point i's neighbours in both views; ties go to the nearer one. */
    private static int otherMajority(int[] sub, int i, Knn a, Knn b) {
        java.util.Map<Integer, Double> votes = new java.util.HashMap<>();
        for (Knn knn : new Knn[] {a, b}) {
            if (knn == null) {
                continue;
            }
            for (int p = 0; p < knn.k(); p++) {
                int l = sub[knn.indices()[i * knn.k() + p]];
                if (l != sub[i]) {
                    votes.merge(l, 1.0 + 1e-3 * (knn.k() - p), Double::sum); // a hair for nearness breaks ties
                }
            }
        }
        return votes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(-1);
    }

    private static int[] classSizes(int[] sub) {
        int max = java.util.Arrays.stream(sub).max().orElse(0);
        int[] size = new int[max + 1];
        for (int l : sub) {
            size[l]++;
        }
        return size;
    }

    private static FloatMatrix pick(FloatMatrix x, int[] rows) {
        int d = x.cols();
        float[] out = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(x.data(), rows[i] * d, out, i * d, d);
        }
        return new FloatMatrix(rows.length, d, out);
    }

    private static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
