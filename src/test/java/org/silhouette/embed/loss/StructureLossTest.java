package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.silhouette.testing.Fixtures;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link StructureLoss} against src/test/python/make_structure_fixtures.py (torch autograd on a
 * point-by-point definition), in float64 and float32, and its gradient against central differences.
 */
class StructureLossTest {

    record Fixture(String torch, List<Case> cases) {
    }

    record Case(String name, double weight, double[] labels, double[][] embeddings, double[][] targets,
            double[] rowWeights, double expectedLoss, double[][] expectedGradient) implements LossHarness.FixtureCase {
    }

    static Fixture load() throws IOException {
        return Fixtures.json("/fixtures/loss/structure_fixtures.json", Fixture.class,
                "src/test/python/make_structure_fixtures.py");
    }

    private static LossHarness.Objective objective(LossHarness h, Case c) {
        StructureLoss loss = new StructureLoss("semi", new SilhouetteLoss("silhouette",
                SilhouetteLoss.Separation.CENTROID, 0), c.weight());
        int dim = c.embeddings()[0].length;
        return (x, labels) -> {
            NDArray targets = c.targets().length == 0
                    ? x.getManager().zeros(new Shape(0, dim), x.getDataType())
                    : h.array(x.getManager(), c.targets());
            NDList l = new NDList(labels, targets);
            if (c.rowWeights() != null) {
                l.add(x.getManager().create(c.rowWeights()).toType(x.getDataType(), false));
            }
            return loss.evaluate(l, new NDList(x));
        };
    }

    @TestFactory
    Stream<DynamicTest> matchesTheReference() throws IOException {
        Fixture f = load();
        assertTrue(f.cases().size() >= 9, "cases: " + f.cases().size());
        assertTrue(f.cases().stream().filter(c -> c.rowWeights() != null).count() >= 2, "cases with row weights");
        return LossHarness.inBothPrecisions(f.cases(), StructureLossTest::check);
    }

    private static void check(Case c, DataType type, double valueTol, double gradTol) {
        try (LossHarness h = new LossHarness(type)) {
            LossHarness.Eval e = h.evaluate(objective(h, c), c.embeddings(), c.labels());
            double scale = Math.max(1, Math.abs(c.expectedLoss()));
            assertEquals(c.expectedLoss(), e.value(), valueTol * scale, c.name() + ": loss");
            for (int i = 0; i < c.embeddings().length; i++) {
                for (int j = 0; j < c.embeddings()[0].length; j++) {
                    assertEquals(c.expectedGradient()[i][j], e.gradient()[i][j], gradTol * scale,
                            c.name() + ": gradient [" + i + "][" + j + "]");
                }
            }
        }
    }

    @Test
    void gradientMatchesFiniteDifferences() throws IOException {
        for (Case c : load().cases()) {
            try (LossHarness h = new LossHarness()) {
                LossHarness.Objective f = objective(h, c);
                double[][] analytic = h.evaluate(f, c.embeddings(), c.labels()).gradient();
                double[][] numeric = h.finiteDifference(f, c.embeddings(), c.labels(), 1e-6);
                for (int i = 0; i < analytic.length; i++) {
                    for (int j = 0; j < analytic[0].length; j++) {
                        assertEquals(numeric[i][j], analytic[i][j], 1e-5, c.name() + ": [" + i + "][" + j + "]");
                    }
                }
            }
        }
    }

    @Test
    void aBatchWhoseRowsDoNotAddUpIsRefused() {
        try (LossHarness h = new LossHarness()) {
            Case c = new Case("bad", 1, new double[] {0, 1}, new double[][] {{0, 0}, {1, 1}, {2, 2}},
                    new double[][] {{0, 0}, {1, 1}}, null, 0, null);
            assertThrows(IllegalArgumentException.class,
                    () -> h.evaluate(objective(h, c), c.embeddings(), c.labels()));
        }
        assertThrows(IllegalArgumentException.class, () -> new StructureLoss("x", null, -1));
    }
}
