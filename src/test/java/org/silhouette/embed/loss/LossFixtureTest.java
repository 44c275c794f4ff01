package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.silhouette.testing.Fixtures;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Values and gradients against src/test/python/make_loss_fixtures.py (torch autograd on loop-by-loop
 * definitions, sklearn for the mean-distance silhouette), through {@link LossFactory} as training uses
 * it, COREL's class vectors included. Run in float64 (tight) and float32 (the training type).
 */
class LossFixtureTest {

    record Fixture(String torch, String sklearn, List<Case> cases) {
    }

    record Case(String name, String loss, double margin, boolean batchHard, double softMinTemperature,
            double corelGamma, double[] labels, double[][] embeddings, double[][] centres, double expectedLoss,
            double[][] expectedGradient) implements LossHarness.FixtureCase {
    }

    static Fixture load() throws IOException {
        return Fixtures.json("/fixtures/loss/loss_fixtures.json", Fixture.class,
                "src/test/python/make_loss_fixtures.py");
    }

    @TestFactory
    Stream<DynamicTest> matchesTheReference() throws IOException {
        Fixture f = load();
        assertTrue(f.cases().size() >= 40, "cases: " + f.cases().size());
        // Every loss of the CLI appears in the fixture.
        for (LossKind k : LossKind.values()) {
            assertTrue(f.cases().stream().anyMatch(c -> c.loss().equals(k.cliName())), "no fixture for " + k);
        }
        return LossHarness.inBothPrecisions(f.cases(), LossFixtureTest::check);
    }

    private static void check(Case c, DataType type, double valueTol, double gradTol) {
        int dim = c.embeddings()[0].length;
        int classes = c.centres() != null ? c.centres().length : (int) Arrays.stream(c.labels()).distinct().count();
        if (c.loss().equals("cce")) {
            classes = dim;
        }
        LossOptions options = new LossOptions(c.margin(), c.batchHard(), c.softMinTemperature(), c.corelGamma());
        LossSetup setup = LossFactory.create(LossKind.parse(c.loss()), options, classes, dim);
        try (LossHarness h = new LossHarness(type)) {
            LossHarness.Objective objective = LossHarness.of(setup.loss());
            if (setup.trainingBlock() != null) {
                objective = throughBlock(h, setup, c, type);
            }
            LossHarness.Eval e = h.evaluate(objective, c.embeddings(), c.labels());
            double scale = Math.max(1, Math.abs(c.expectedLoss()));
            assertEquals(c.expectedLoss(), e.value(), valueTol * scale, c.name() + ": loss");
            double gScale = 0;
            for (double[] row : c.expectedGradient()) {
                for (double v : row) {
                    gScale = Math.max(gScale, Math.abs(v));
                }
            }
            for (int i = 0; i < c.embeddings().length; i++) {
                for (int j = 0; j < dim; j++) {
                    assertEquals(c.expectedGradient()[i][j], e.gradient()[i][j], gradTol * Math.max(1, gScale),
                            c.name() + ": d/dx[" + i + "][" + j + "]");
                }
            }
        }
    }

    /** The training path: embeddings → COREL's class-vector block (vectors set to the fixture's) → loss. */
    private static LossHarness.Objective throughBlock(LossHarness h, LossSetup setup, Case c, DataType type) {
        Block block = setup.trainingBlock();
        block.initialize(h.manager(), type, new Shape(c.embeddings().length, c.embeddings()[0].length));
        ((CorelCentres) block).setCentres(h.array(h.manager(), c.centres()));
        return (x, labels) -> {
            NDArray scores = block.forward(new ParameterStore(x.getManager(), false), new NDList(x), true)
                    .singletonOrThrow();
            return setup.loss().evaluate(new NDList(labels), new NDList(scores));
        };
    }
}
