package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Autograd gradients against central finite differences (float64), and finiteness on degenerate batches. */
class LossGradientTest {
    @AutoClose
    private static final LossHarness h = new LossHarness();

    record Case(String name, LossHarness.Objective f) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final double[][] CENTRES = {{1, 0, 0}, {0, 1, 0.5}, {-0.5, -0.5, 1}};

    static Stream<Case> losses() {
        LossOptions o = LossOptions.defaults();
        return Stream.of(
                new Case("silhouette", of(LossKind.SILHOUETTE, o)),
                new Case("silhouette-mean", of(LossKind.SILHOUETTE_MEAN, o)),
                new Case("silhouette soft T=0.7", of(LossKind.SILHOUETTE, new LossOptions(1, true, 0.7, 1))),
                new Case("silhouette-mean soft T=0.7", of(LossKind.SILHOUETTE_MEAN, new LossOptions(1, true, 0.7, 1))),
                new Case("contrastive m=1.5", of(LossKind.CONTRASTIVE, o.withMargin(1.5))),
                new Case("triplet hard m=0.8", of(LossKind.TRIPLET, o.withMargin(0.8))),
                new Case("triplet all m=0.8", of(LossKind.TRIPLET, new LossOptions(0.8, false, 0, 1))),
                new Case("cosine-corel", corel(CorelCentres.Similarity.COSINE, 1)),
                new Case("gaussian-corel g=0.7", corel(CorelCentres.Similarity.GAUSSIAN, 0.7)),
                new Case("cce", (x, l) -> LossFactory.create(LossKind.CCE, o, 3, 3).loss()
                        .evaluate(new NDList(l), new NDList(x))));
    }

    private static LossHarness.Objective of(LossKind kind, LossOptions options) {
        return LossHarness.of(LossFactory.create(kind, options, 3, 3).loss());
    }

    private static LossHarness.Objective corel(CorelCentres.Similarity s, double gamma) {
        CorelLoss loss = new CorelLoss("corel", s);
        return (x, labels) -> {
            NDArray w = h.array(x.getManager(), CENTRES).toType(x.getDataType(), false);
            return loss.evaluate(new NDList(labels), new NDList(CorelCentres.similarities(x, w, s, gamma)));
        };
    }

    /** 10 points in 3-D, classes 0, 1, 2 (one singleton, so ids stay 0..2 for COREL and cce). */
    static double[][] randomBatch(long seed) {
        Random r = new Random(seed);
        double[][] x = new double[10][3];
        for (double[] row : x) {
            for (int j = 0; j < 3; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return x;
    }

    static final double[] LABELS = {0, 1, 0, 1, 0, 1, 2, 0, 1, 1};

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void gradientMatchesFiniteDifferences(Case c) {
        for (long seed = 1; seed <= 3; seed++) {
            double[][] x = randomBatch(seed);
            LossHarness.Eval e = h.evaluate(c.f(), x, LABELS);
            double[][] fd = h.finiteDifference(c.f(), x, LABELS, 1e-6);
            double scale = 0;
            for (double[] row : fd) {
                for (double v : row) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
            assertTrue(scale > 1e-4, c + ": the check needs a non-trivial gradient, max |g| = " + scale);
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x[0].length; j++) {
                    assertEquals(fd[i][j], e.gradient()[i][j], 1e-6 + 1e-5 * scale,
                            c + " seed " + seed + " d/dx[" + i + "][" + j + "]");
                }
            }
        }
    }

    /** A float32 batch gives a float32 scalar loss (PyTorch promotes 0-d float32 ⊕ double to float64). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void lossIsAScalarOfTheEmbeddingType(Case c) {
        for (DataType type : new DataType[] {DataType.FLOAT32, DataType.FLOAT64}) {
            try (LossHarness typed = new LossHarness(type)) {
                for (double[] labels : new double[][] {LABELS, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}) {
                    assertEquals(type, typed.lossType(c.f(), randomBatch(7), labels), c.toString());
                }
            }
        }
    }

    static Stream<double[][]> degenerate() {
        return Stream.of(
                new double[][] {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
                new double[][] {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {1, 2, 3}},
                new double[][] {{1e-20, 0, 0}, {0, 0, 0}, {0, 1e-20, 0}, {0, 0, 0}, {0, 0, 1e-20}},
                new double[][] {{1e4, -1e4, 3}, {1e4, -1e4, 3}, {0, 0, 0}, {0, 0, 0}, {1e4, -1e4, 3}});
    }

    /** Every loss, every degenerate batch, float32 and float64: value and gradient finite. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void degenerateBatchesStayFinite(Case c) {
        double[][] labelSets = {{0, 1, 0, 1, 2}, {0, 0, 1, 1, 1}, {1, 1, 1, 1, 1}, {0, 1, 2, 0, 0}};
        for (DataType type : new DataType[] {DataType.FLOAT64, DataType.FLOAT32}) {
            try (LossHarness typed = new LossHarness(type)) {
                degenerate().forEach(x -> {
                    for (double[] labels : labelSets) {
                        LossHarness.Eval e = typed.evaluate(c.f(), x, labels);
                        assertTrue(Double.isFinite(e.value()), c + " " + type + ": loss " + e.value());
                        for (double[] row : e.gradient()) {
                            for (double g : row) {
                                assertTrue(Double.isFinite(g), c + " " + type + ": gradient " + g + " at "
                                        + java.util.Arrays.deepToString(x) + " labels " + java.util.Arrays.toString(labels));
                            }
                        }
                    }
                });
            }
        }
    }
}
