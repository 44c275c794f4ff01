package org.silhouette.embed.loss;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;

import java.util.stream.IntStream;

/**
 * One loss and its gradient on a fixed matrix, in float64: what the {@code loss} command prints.
 * Rows labelled −1 take no part and get a zero gradient.
 */
public final class LossProbe {
    private LossProbe() {
    }

    /** The loss and d loss / d embeddings, [N, D] like the input. */
    public record Result(double loss, FloatMatrix gradient) {
    }

    /**
     * @param labels dense class ids 0..classCount−1, or −1 for an unlabelled row
     * @param centres COREL's class vectors [classCount, D], or null for the class means of {@code x}; they
     *     are held fixed (no gradient flows into them)
     */
    public static Result evaluate(LossKind kind, LossOptions options, FloatMatrix x, int[] labels, int classCount,
            FloatMatrix centres) {
        if (labels.length != x.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + x.rows() + " rows");
        }
        int[] rows = IntStream.range(0, labels.length).filter(i -> labels[i] >= 0).toArray();
        if (rows.length == 0) {
            throw new UserError("No row has a label, so there is no loss to compute.");
        }
        LossSetup setup = LossFactory.create(kind, options, classCount, x.cols());
        FloatMatrix used = x.selectRows(rows);
        double[] ids = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = labels[rows[i]];
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray xs = m.create(used.data(), new Shape(used.rows(), used.cols())).toType(DataType.FLOAT64, false);
            xs.setRequiresGradient(true);
            NDArray predictions = xs;
            if (setup.trainingBlock() != null) {
                setup.trainingBlock().initialize(m, DataType.FLOAT64, xs.getShape());
                ((CorelCentres) setup.trainingBlock()).setCentres(centres(m, centres, used, ids, classCount));
            }
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                if (setup.trainingBlock() != null) {
                    predictions = setup.trainingBlock().forward(new ParameterStore(m, false), new NDList(xs), true)
                            .singletonOrThrow();
                }
                NDArray loss = setup.loss().evaluate(new NDList(m.create(ids)), new NDList(predictions));
                gc.backward(loss);
                double value = loss.toType(DataType.FLOAT64, false).getDouble();
                if (!Double.isFinite(value)) {
                    throw new UserError("The " + kind + " loss is not finite on these embeddings.");
                }
                float[] g = xs.getGradient().toType(DataType.FLOAT32, false).toFloatArray();
                FloatMatrix gradient = FloatMatrix.zeros(x.rows(), x.cols());
                for (int i = 0; i < rows.length; i++) {
                    System.arraycopy(g, i * x.cols(), gradient.data(), rows[i] * x.cols(), x.cols());
                }
                return new Result(value, gradient);
            }
        }
    }

    private static NDArray centres(NDManager m, FloatMatrix given, FloatMatrix x, double[] ids, int classCount) {
        if (given != null) {
            if (given.rows() != classCount || given.cols() != x.cols()) {
                throw new UserError("The centres must be " + classCount + " rows (one per class) of " + x.cols()
                        + " values, got " + given.rows() + "x" + given.cols() + ".");
            }
            return m.create(given.data(), new Shape(given.rows(), given.cols())).toType(DataType.FLOAT64, false);
        }
        double[] sums = new double[classCount * x.cols()];
        int[] counts = new int[classCount];
        for (int i = 0; i < ids.length; i++) {
            int c = (int) ids[i];
            counts[c]++;
            for (int j = 0; j < x.cols(); j++) {
                sums[c * x.cols() + j] += x.get(i, j);
            }
        }
        for (int c = 0; c < classCount; c++) {
            for (int j = 0; j < x.cols(); j++) {
                sums[c * x.cols() + j] /= Math.max(1, counts[c]);
            }
        }
        return m.create(sums, new Shape(classCount, x.cols()));
    }
}
