package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;

/**
 * Contrastive loss (Hadsell, Chopra &amp; LeCun 2006) over every pair i ≠ j of the batch:
 * ½·d² for a same-class pair, ½·max(0, margin − d)² for a pair from different classes, averaged over
 * the B(B−1)/2 pairs. A batch of one row has no pair and a loss of 0.
 */
public final class ContrastiveLoss extends BatchLoss {
    private final double margin;

    public ContrastiveLoss(String name, double margin) {
        super(name);
        this.margin = margin(margin);
    }

    @Override
    NDArray evaluate(NDArray x, BatchClasses classes) {
        long b = classes.size();
        if (b < 2) {
            return x.mul(0).sum();
        }
        NDArray xc = x.sub(x.mean(new int[] {0}, true));
        NDArray member = classes.oneHot(x);
        NDArray same = member.matMul(member.transpose()); // includes the diagonal, where d = 0
        NDArray d = new Distances(xc).pairwise();
        NDArray pull = same.mul(d.square());
        NDArray push = same.neg().add(1).mul(d.neg().add(margin).maximum(0).square());
        // Each unordered pair appears twice among the B(B-1) ordered ones, so this is ½ · the pair mean.
        return pull.add(push).div(2.0 * b * (b - 1)).sum(); // divided before the sum: a 0-d result would turn float64
    }
}
