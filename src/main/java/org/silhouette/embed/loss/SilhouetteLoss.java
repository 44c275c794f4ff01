package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.silhouette.core.Checks;

import java.util.stream.IntStream;

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
public final class SilhouetteLoss extends BatchLoss {

    /** How b(i) measures the distance from a point to another class. */
    public enum Separation {
        CENTROID, MEAN_DISTANCE
    }

    /** Added to a point's own class so a minimum over classes never picks it. */
    private static final double EXCLUDED = 1e30;
    /** Far below any non-zero a or b once the batch is scaled to unit spread; 1/TINY is finite in float32. */
    private static final double TINY = 1e-30;

    private final Separation separation;
    private final double temperature;

    public SilhouetteLoss(String name, Separation separation, double temperature) {
        super(name);
        Checks.nonNegative(temperature, "temperature");
        this.separation = separation;
        this.temperature = temperature;
    }

    @Override
    NDArray evaluate(NDArray x, BatchClasses classes) {
        int n = classes.size();
        // loss = Σ_i (½ − s(i)/2)/B; singletons (s = 0) get weight 0, which also hides their meaningless
        // a and b. The ½ is added before the sum: a 0-d float32 plus a Java double would give float64.
        NDArray weight = BatchClasses.array(x, IntStream.range(0, n)
                .mapToDouble(i -> classes.ownCount(i) > 1 ? -0.5 / n : 0).toArray(), new Shape(n));
        return silhouette(x, classes).mul(weight).add(0.5 / n).sum();
    }

    /** s(i) for every row, [B]; rows of singleton classes hold meaningless values, not 0. */
    private NDArray silhouette(NDArray x, BatchClasses classes) {
        if (classes.classCount() < 2) {
            return x.mul(0).sum(new int[] {1}); // zeros, still attached to the graph
        }
        // s is scale-free, so dividing by the spread (a constant) is exact; it keeps float32 intermediates
        // such as 1/(2·sqrt(d²)) from overflowing when a batch has collapsed to a tiny scale.
        NDArray centred = x.sub(x.mean(new int[] {0}, true));
        double spread = centred.abs().max().toType(DataType.FLOAT64, false).getDouble();
        if (!(spread > 0) || !Double.isFinite(spread)) {
            spread = 1;
        }
        Distances distances = new Distances(centred.div(spread));
        NDArray member = classes.oneHot(x);
        NDArray perMember = classes.membership(x, i -> 1.0 / classes.ownCount(i)); // columns sum to 1
        NDArray toOthers = classes.membership(x, i -> 1.0 / Math.max(1, classes.ownCount(i) - 1));

        NDArray d = distances.pairwise();
        NDArray a = d.matMul(member).mul(toOthers).sum(new int[] {1}); // d(i, i) = 0
        NDArray toClass = switch (separation) {
            case CENTROID -> distances.toMeans(perMember);
            case MEAN_DISTANCE -> d.matMul(perMember);
        };
        NDArray b = nearestOtherClass(toClass, member, spread);
        // |b − a| ≤ max(a, b), so s stays in [−1, 1]; TINY only matters where a = b = 0, making s = 0
        // there with finite gradients (every distance in that row is 0 and carries a zero gradient).
        return b.sub(a).div(a.maximum(b).add(TINY));
    }

    /** b(i) in units of {@code spread}, the scale the distances were divided by. */
    private NDArray nearestOtherClass(NDArray toClass, NDArray member, double spread) {
        NDArray masked = toClass.add(member.mul(EXCLUDED));
        if (temperature == 0) {
            return masked.min(new int[] {1});
        }
        // softmax(−d/T) on unscaled distances d = toClass·spread; the own class gets weight exp(−huge) = 0.
        NDArray weights = masked.mul(-spread / temperature).softmax(1);
        return weights.mul(toClass).sum(new int[] {1});
    }
}
