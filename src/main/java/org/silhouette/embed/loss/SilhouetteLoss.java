package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * The silhouette loss: (1 − mean s(i)) / 2 over the batch, in [0, 1], with
 * s(i) = (b(i) − a(i)) / max(a(i), b(i)).
 *
 * <ul>
 *   <li>a(i): mean Euclidean distance from i to the other members of its class in the batch;</li>
 *   <li>b(i): distance to the nearest other class, measured to its centroid ({@link Separation#CENTROID})
 *       or as the mean distance to its members ({@link Separation#MEAN_DISTANCE}, Rousseeuw 1987);</li>
 *   <li>"nearest" is a hard minimum, or with a temperature T &gt; 0 the softmin-weighted mean
 *       Σ_k softmax(−d_k/T)·d_k over the other classes (between the minimum and the mean).</li>
 * </ul>
 * A class with one member in the batch gets s = 0 and still counts in the mean (as in sklearn); where
 * a(i) = b(i) = 0, s = 0. A batch with a single class has no b(i): every s is 0 and the loss is 0.5 with
 * a zero gradient.
 */
public final class SilhouetteLoss extends Loss {

    /** How b(i) measures the distance from a point to another class. */
    public enum Separation {
        CENTROID, MEAN_DISTANCE
    }

    /** Added to a point's own class so a minimum over classes never picks it. */
    private static final double EXCLUDED = 1e30;

    private final Separation separation;
    private final double temperature;

    public SilhouetteLoss(String name, Separation separation, double temperature) {
        super(name);
        if (!(temperature >= 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be >= 0, got " + temperature);
        }
        this.separation = separation;
        this.temperature = temperature;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray x = predictions.singletonOrThrow();
        BatchClasses classes = BatchClasses.of(labels.singletonOrThrow(), x);
        return silhouette(x, classes).mean().neg().add(1).mul(0.5);
    }

    /** s(i) for every row, [B]. */
    NDArray silhouette(NDArray x, BatchClasses classes) {
        if (classes.classCount() < 2) {
            return x.mul(0).sum(new int[] {1}); // zeros, still attached to the graph
        }
        // Centring changes no distance but shrinks the norms the Gram form cancels against. s is
        // scale-free, so dividing by the (constant) spread is exact, and keeps float32 intermediates
        // such as 1/(2·sqrt(d²)) from overflowing when a batch has collapsed to a tiny scale.
        NDArray centred = x.sub(x.mean(new int[] {0}, true));
        NDArray spread = centred.abs().max().stopGradient();
        spread = NDArrays.where(spread.gt(0), spread, spread.onesLike());
        NDArray xc = centred.div(spread);
        NDArray member = classes.oneHot(x);
        NDArray ownCount = classes.ownCounts(x);
        NDArray classCount = classes.classCounts(x);

        NDArray distToClassSums = Distances.pairwise(xc).matMul(member); // [B, K]
        NDArray a = distToClassSums.mul(member).sum(new int[] {1}).div(ownCount.sub(1).maximum(1));
        NDArray toClass = switch (separation) {
            case CENTROID -> Distances.cross(xc, member.transpose().matMul(xc).div(classCount.expandDims(1)));
            case MEAN_DISTANCE -> distToClassSums.div(classCount.expandDims(0));
        };
        NDArray b = nearestOtherClass(toClass, member, spread);

        NDArray scale = a.maximum(b);
        NDArray defined = scale.gt(0);
        NDArray s = NDArrays.where(defined, b.sub(a).div(NDArrays.where(defined, scale, scale.onesLike())),
                scale.zerosLike());
        return NDArrays.where(ownCount.gt(1), s, s.zerosLike());
    }

    /** b(i) in units of {@code spread}, the scale the distances were divided by. */
    private NDArray nearestOtherClass(NDArray toClass, NDArray member, NDArray spread) {
        NDArray masked = toClass.add(member.mul(EXCLUDED));
        if (temperature == 0) {
            return masked.min(new int[] {1});
        }
        // softmax(−d/T) on unscaled distances d = toClass·spread; the own class gets weight exp(−huge) = 0.
        NDArray weights = masked.mul(spread.div(-temperature)).softmax(1);
        return weights.mul(toClass).sum(new int[] {1});
    }
}
