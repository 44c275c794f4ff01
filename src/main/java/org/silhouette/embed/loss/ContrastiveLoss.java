package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Contrastive loss (Hadsell, Chopra &amp; LeCun 2006) over every pair i ≠ j of the batch:
 * ½·d² for a same-class pair, ½·max(0, margin − d)² for a pair from different classes, averaged over
 * the B(B−1)/2 pairs. A batch of one row has no pair and a loss of 0.
 */
public final class ContrastiveLoss extends Loss {
    private final double margin;

    public ContrastiveLoss(String name, double margin) {
        super(name);
        if (!(margin > 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be positive, got " + margin);
        }
        this.margin = margin;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray x = predictions.singletonOrThrow();
        BatchClasses classes = BatchClasses.of(labels.singletonOrThrow(), x);
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
