package org.silhouette.embed.loss;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.Loss;
import org.junit.jupiter.api.DynamicTest;

import java.util.List;
import java.util.stream.Stream;

/** Runs a loss on small Java arrays and returns its value and d loss / d x; float64 unless asked. */
final class LossHarness implements AutoCloseable {

    /** Embeddings and labels to a scalar loss; lets COREL put its similarity layer in front. */
    @FunctionalInterface
    interface Objective {
        NDArray apply(NDArray x, NDArray labels);
    }

    record Eval(double value, double[][] gradient) {
    }

    /** A case of a reference fixture; its name names its tests. */
    interface FixtureCase {
        String name();
    }

    /** A check of one fixture case in one float type, within these relative value and gradient tolerances. */
    @FunctionalInterface
    interface PrecisionCheck<C> {
        void check(C fixtureCase, DataType type, double valueTol, double gradTol) throws Throwable;
    }

    /**
     * Two dynamic tests per case, named by the case: float64 with tight tolerances and float32 (the training type)
     * with the looser ones its rounding needs; every reference-fixture test of a loss checks both alike.
     */
    static <C extends FixtureCase> Stream<DynamicTest> inBothPrecisions(List<C> cases, PrecisionCheck<C> check) {
        return cases.stream().flatMap(c -> Stream.of(
                DynamicTest.dynamicTest(c.name() + " float64", () -> check.check(c, DataType.FLOAT64, 1e-9, 1e-8)),
                DynamicTest.dynamicTest(c.name() + " float32", () -> check.check(c, DataType.FLOAT32, 2e-5, 2e-4))));
    }

    private final NDManager root = NDManager.newBaseManager();
    private final DataType type;

    LossHarness() {
        this(DataType.FLOAT64);
    }

    LossHarness(DataType type) {
        this.type = type;
    }

    static Objective of(Loss loss) {
        return (x, labels) -> loss.evaluate(new NDList(labels), new NDList(x));
    }

    NDManager manager() {
        return root;
    }

    Eval evaluate(Objective f, double[][] x, double[] labels) {
        try (NDManager m = root.newSubManager()) {
            NDArray xs = array(m, x);
            xs.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray loss = f.apply(xs, m.create(labels));
                gc.backward(loss);
                return new Eval(loss.toType(DataType.FLOAT64, false).getDouble(), rows(xs.getGradient(), x));
            }
        }
    }

    double value(Objective f, double[][] x, double[] labels) {
        try (NDManager m = root.newSubManager()) {
            return f.apply(array(m, x), m.create(labels)).toType(DataType.FLOAT64, false).getDouble();
        }
    }

    /** The type of the loss the objective returns, and whether it is a scalar. */
    DataType lossType(Objective f, double[][] x, double[] labels) {
        try (NDManager m = root.newSubManager()) {
            NDArray loss = f.apply(array(m, x), m.create(labels));
            if (loss.getShape().dimension() != 0) {
                throw new AssertionError("loss is not a scalar: " + loss.getShape());
            }
            return loss.getDataType();
        }
    }

    /** Central differences, one coordinate at a time. */
    double[][] finiteDifference(Objective f, double[][] x, double[] labels, double h) {
        double[][] g = new double[x.length][x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                double[][] plus = copy(x);
                double[][] minus = copy(x);
                plus[i][j] += h;
                minus[i][j] -= h;
                g[i][j] = (value(f, plus, labels) - value(f, minus, labels)) / (2 * h);
            }
        }
        return g;
    }

    NDArray array(NDManager m, double[][] x) {
        double[] flat = new double[x.length * x[0].length];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, flat, i * x[0].length, x[0].length);
        }
        return m.create(flat, new Shape(x.length, x[0].length)).toType(type, false);
    }

    private static double[][] rows(NDArray a, double[][] like) {
        double[] flat = a.toType(DataType.FLOAT64, false).toDoubleArray();
        double[][] out = new double[like.length][like[0].length];
        for (int i = 0; i < like.length; i++) {
            System.arraycopy(flat, i * like[0].length, out[i], 0, like[0].length);
        }
        return out;
    }

    static double[][] copy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }

    @Override
    public void close() {
        root.close();
    }
}
