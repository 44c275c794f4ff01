package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.loss.Loss;
import org.silhouette.core.Checks;

/**
 * The semi-supervised loss: a label loss on the labelled rows of a batch plus a structure term that pins
 * the unlabelled rows to a label-free map of the backbone's features (the structure target):
 *
 * <pre>  loss = label(x[0:L], y) + w · mean_{u ≥ L} r_u ‖x_u − t_u‖²</pre>
 *
 * The batch is laid out by the trainer: its first L rows are labelled (y, the first label array, has L
 * entries) and the remaining U rows are structure rows, whose targets t [U, D] are the second label
 * array. r [U], an optional third label array, weighs each structure row in [0, 1] (1 when absent): the
 * trainer gives an image less pull towards its target the more of its neighbours carry a name, so named
 * classes can take their unnamed members along while the images nobody named stay put. L may be 0 (no labels yet: the head learns the target alone) and U may be 0 (every image is
 * labelled). Why a squared distance to fixed coordinates: it keeps every unlabelled image where the
 * backbone's neighbourhoods put it, so labels can move the named classes without dragging the rest.
 */
public final class StructureLoss extends Loss {
    private final Loss labelLoss;
    private final double weight;

    /**
     * @param labelLoss the loss of the labelled rows (silhouette by default); it must work on the head's
     *     embeddings directly (no training block)
     * @param weight w, the structure term's weight, >= 0
     */
    public StructureLoss(String name, Loss labelLoss, double weight) {
        super(name);
        Checks.nonNegative(weight, "the structure weight");
        this.labelLoss = labelLoss;
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray x = predictions.singletonOrThrow();
        NDArray y = labels.get(0);
        NDArray target = labels.get(1);
        long l = y.getShape().size();
        long u = target.getShape().get(0);
        if (l + u != x.getShape().get(0)) {
            throw new IllegalArgumentException(l + " labelled and " + u + " structure rows for a batch of "
                    + x.getShape().get(0));
        }
        NDArray total = null;
        if (l > 1) {
            NDArray labelled = x.get(new NDIndex("0:{}", l));
            total = labelLoss.evaluate(new NDList(y), new NDList(labelled));
        }
        if (u > 0 && weight > 0) {
            NDArray free = x.get(new NDIndex("{}:", l));
            NDArray perRow = free.sub(target).square().sum(new int[] {1});
            if (labels.size() > 2) {
                perRow = perRow.mul(labels.get(2));
            }
            NDArray structure = perRow.mean().mul((float) weight);
            total = total == null ? structure : total.add(structure);
        }
        return total != null ? total : x.mul(0).sum(); // nothing to learn from: zero, still on the graph
    }
}
