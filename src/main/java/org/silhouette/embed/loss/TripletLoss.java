package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

import java.util.stream.IntStream;

/**
 * Triplet loss (Schroff et al. 2015) max(0, margin + d(a, p) − d(a, n)) on Euclidean (not squared)
 * distances, mined within the batch as in Hermans, Beyer &amp; Leibe 2017:
 * <ul>
 *   <li>batch-hard: per anchor, its farthest positive and nearest negative; averaged over the anchors
 *       that have at least one positive (so a class of one member contributes no anchor);</li>
 *   <li>batch-all: averaged over every valid triplet (a, p, n), p ≠ a of a's class, n of another.</li>
 * </ul>
 * With no valid anchor or triplet (one class, or all singletons) the loss is 0.
 */
public final class TripletLoss extends BatchLoss {
    private static final double EXCLUDED = 1e30;
    /** Batch-all builds [anchors, positives, B] blocks; this bounds one block's size. */
    private static final long BLOCK_ELEMENTS = 1L << 24;

    private final double margin;
    private final boolean batchHard;

    public TripletLoss(String name, double margin, boolean batchHard) {
        super(name);
        this.margin = margin(margin);
        this.batchHard = batchHard;
    }

    @Override
    NDArray evaluate(NDArray x, BatchClasses classes) {
        NDArray xc = x.sub(x.mean(new int[] {0}, true));
        NDArray d = new Distances(xc).pairwise();
        NDArray member = classes.oneHot(x);
        NDArray same = member.matMul(member.transpose());
        return batchHard ? batchHard(x, d, same, classes) : batchAll(x, d, same, classes);
    }

    private NDArray batchHard(NDArray x, NDArray d, NDArray same, BatchClasses classes) {
        int anchors = 0;
        for (int c : classes.classOf()) {
            anchors += classes.counts()[c] > 1 ? 1 : 0;
        }
        if (classes.classCount() < 2 || anchors == 0) {
            return x.mul(0).sum();
        }
        int validAnchors = anchors;
        NDArray weight = BatchClasses.array(x, IntStream.range(0, classes.size())
                .mapToDouble(i -> classes.ownCount(i) > 1 ? 1.0 / validAnchors : 0).toArray(),
                new Shape(classes.size()));
        NDArray hardestPositive = d.mul(same).max(new int[] {1}); // d ≥ 0, and d(a, a) = 0
        NDArray hardestNegative = d.add(same.mul(EXCLUDED)).min(new int[] {1});
        NDArray perAnchor = hardestPositive.sub(hardestNegative).add(margin).maximum(0);
        return perAnchor.mul(weight).sum();
    }

    private NDArray batchAll(NDArray x, NDArray d, NDArray same, BatchClasses classes) {
        int b = classes.size();
        int[] classOf = classes.classOf();
        int[] counts = classes.counts();
        int maxPositives = 0;
        long triplets = 0;
        for (int i = 0; i < b; i++) {
            int n = counts[classOf[i]];
            maxPositives = Math.max(maxPositives, n - 1);
            triplets += (long) (n - 1) * (b - n);
        }
        if (triplets == 0) {
            return x.mul(0).sum();
        }
        // Each anchor's positives as a padded index table, so the hinge runs on [B, P, B], not [B, B, B].
        long[] index = new long[b * maxPositives];
        float[] isPositive = new float[b * maxPositives];
        int[][] members = membersByClass(classOf, counts);
        for (int i = 0; i < b; i++) {
            int slot = 0;
            for (int j : members[classOf[i]]) {
                if (j != i) {
                    index[i * maxPositives + slot] = j;
                    isPositive[i * maxPositives + slot] = 1;
                    slot++;
                }
            }
        }
        Shape table = new Shape(b, maxPositives);
        NDArray positiveIndex = x.getManager().create(index, table);
        NDArray padding = BatchClasses.array(x, padding(isPositive), table);
        // Invalid triplets drop out of the hinge instead of being masked: padding slots become −huge
        // positives and same-class "negatives" +huge, so margin + d(a,p) − d(a,n) < 0 there. The big
        // [anchors, P, B] block then costs one subtraction, one max and one sum.
        NDArray positive = d.gather(positiveIndex, 1).add(margin).add(padding); // [B, P]
        NDArray negative = d.add(same.mul(EXCLUDED)); // [B, B]

        int rowsPerBlock = (int) Math.max(1, BLOCK_ELEMENTS / ((long) maxPositives * b));
        NDArray total = null;
        for (int r0 = 0; r0 < b; r0 += rowsPerBlock) {
            NDIndex rows = new NDIndex("{}:{}", r0, Math.min(b, r0 + rowsPerBlock));
            NDArray part = Activation.relu(positive.get(rows).expandDims(2).sub(negative.get(rows).expandDims(1))).sum();
            total = total == null ? part : total.add(part);
        }
        return total.div(triplets); // an integer divisor keeps float32 (a double would promote the 0-d sum)
    }

    private static double[] padding(float[] isPositive) {
        double[] p = new double[isPositive.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = isPositive[i] > 0 ? 0 : -EXCLUDED;
        }
        return p;
    }

    private static int[][] membersByClass(int[] classOf, int[] counts) {
        int[][] members = new int[counts.length][];
        int[] filled = new int[counts.length];
        for (int k = 0; k < counts.length; k++) {
            members[k] = new int[counts[k]];
        }
        for (int i = 0; i < classOf.length; i++) {
            members[classOf[i]][filled[classOf[i]]++] = i;
        }
        return members;
    }
}
