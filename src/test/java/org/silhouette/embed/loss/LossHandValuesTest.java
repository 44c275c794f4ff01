package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values worked out on paper for batches of two to four points. */
class LossHandValuesTest {
    private static final double TOL = 1e-9;
    @AutoClose
    private static final LossHarness h = new LossHarness();

    private static double loss(LossHarness.Objective f, double[][] x, double... labels) {
        return h.value(f, x, labels);
    }

    private static LossHarness.Objective silhouette(double temperature) {
        return LossHarness.of(new SilhouetteLoss("s", SilhouetteLoss.Separation.CENTROID, temperature));
    }

    private static LossHarness.Objective silhouetteMean() {
        return LossHarness.of(new SilhouetteLoss("s", SilhouetteLoss.Separation.MEAN_DISTANCE, 0));
    }

    /*
     * A = {(0,0), (2,0)}, B = {(1,3), (1,-3)}; both centroids are (1,0).
     * Centroid: for A, a = 2, b = |p - (1,0)| = 1, s = (1-2)/2 = -1/2; for B, a = 6, b = 3, s = -1/2.
     *   mean s = -1/2, loss = (1 + 1/2)/2 = 0.75.
     * Mean distance: every A-B distance is sqrt(10). For A: s = (sqrt10 - 2)/sqrt10 = 0.367544;
     *   for B: s = (sqrt10 - 6)/6 = -0.472954. mean s = -0.052705, loss = 0.5263523.
     */
    @Test
    void centroidAndMeanDistanceDifferWhereTheyShould() {
        double[][] x = {{0, 0}, {2, 0}, {1, 3}, {1, -3}};
        assertEquals(0.75, loss(silhouette(0), x, 0, 0, 1, 1), TOL);
        double r = Math.sqrt(10);
        double expected = (1 - ((1 - 2 / r) + (r - 6) / 6) / 2) / 2;
        assertEquals(expected, loss(silhouetteMean(), x, 0, 0, 1, 1), TOL);
        assertEquals(0.5263523138347365, expected, 1e-12);
    }

    /*
     * 1-D: A = {0, 2}, B = {5} (a singleton). For 0: a = 2, b = 5, s = 3/5; for 2: a = 2, b = 3, s = 1/3;
     * for 5: s = 0 but it still counts. mean s = (0.6 + 1/3 + 0)/3, loss = (1 - mean)/2 = 0.3444...
     * The labels are arbitrary ids: 7 and -3.
     */
    @Test
    void singletonCountsAsZeroAndLabelsAreArbitraryIds() {
        double[][] x = {{0}, {2}, {5}};
        double expected = (1 - (0.6 + 1.0 / 3) / 3) / 2;
        assertEquals(expected, loss(silhouette(0), x, 7, 7, -3), TOL);
        assertEquals(expected, loss(silhouetteMean(), x, 7, 7, -3), TOL);
    }

    /*
     * A = {(0,0), (0,0)} (duplicates, a = 0), B = {(3,4)}: for A, b = 5, s = (5-0)/5 = 1; B is a singleton.
     * mean s = 2/3, loss = 1/6.
     */
    @Test
    void duplicatePointsHaveZeroDistance() {
        double[][] x = {{0, 0}, {0, 0}, {3, 4}};
        assertEquals(1.0 / 6, loss(silhouette(0), x, 1, 1, 2), TOL);
        assertEquals(1.0 / 6, loss(silhouetteMean(), x, 1, 1, 2), TOL);
    }

    /* One class: no b(i); s = 0 everywhere, loss 1/2. All points equal: a = b = 0, s = 0, loss 1/2. */
    @Test
    void oneClassAndAllEqualGiveOneHalf() {
        assertEquals(0.5, loss(silhouette(0), new double[][] {{0, 1}, {2, 3}, {4, 5}}, 4, 4, 4), TOL);
        assertEquals(0.5, loss(silhouetteMean(), new double[][] {{0, 1}, {2, 3}, {4, 5}}, 4, 4, 4), TOL);
        double[][] same = {{1, 1}, {1, 1}, {1, 1}, {1, 1}};
        assertEquals(0.5, loss(silhouette(0), same, 0, 0, 1, 1), TOL);
        assertEquals(0.5, loss(silhouetteMean(), same, 0, 0, 1, 1), TOL);
    }

    /*
     * Soft minimum, T = 5. 1-D: A = {0, 2}, B = {5}, C = {10} (B, C singletons, s = 0).
     * For 0: centroid distances 5, 10; weights softmax(-1, -2) = (0.731059, 0.268941); b = 6.344707;
     *   s = (6.344707 - 2)/6.344707 = 0.684777.
     * For 2: distances 3, 8; the same weights; b = 4.344707, s = 0.539670.
     * loss = (1 - (0.684777 + 0.539670)/4)/2 = 0.3469442.
     */
    @Test
    void softMinimumWeighsTheOtherClasses() {
        double[][] x = {{0}, {2}, {5}, {10}};
        assertEquals(0.34694420024255335, loss(silhouette(5), x, 0, 0, 1, 2), 1e-9);
        // A very low temperature is the hard minimum: b = 5 and 3, s = 3/5 and 1/3.
        assertEquals((1 - (0.6 + 1.0 / 3) / 4) / 2, loss(silhouette(1e-3), x, 0, 0, 1, 2), 1e-9);
    }

    /*
     * Contrastive, margin 2.5, 1-D: A = {0, 1}, B = {3}.
     * (0,1) same, d = 1: 1/2 * 1 = 0.5; (0,3) different, d = 3 >= margin: 0; (1,3) different, d = 2:
     * 1/2 * (2.5 - 2)^2 = 0.125. Mean over 3 pairs: 0.625/3.
     */
    @Test
    void contrastiveByHand() {
        assertEquals(0.625 / 3, loss(LossHarness.of(new ContrastiveLoss("c", 2.5)), new double[][] {{0}, {1}, {3}},
                0, 0, 1), TOL);
    }

    /*
     * Triplet, margin 2, 1-D: A = {0, 1}, B = {3, 6}.
     * Batch-hard: anchor 0: pos 1, neg 3 -> max(0, 2+1-3) = 0; anchor 1: pos 1, neg 2 -> 1;
     *   anchor 3: pos 3, neg 2 -> 3; anchor 6: pos 3, neg 5 -> 0. Mean over 4 anchors: 1.
     * Batch-all: (a,p,n) with d(a,p), d(a,n): (0,1,3) 1,3 -> 0; (0,1,6) 1,6 -> 0; (1,0,3) 1,2 -> 1;
     *   (1,0,6) 1,5 -> 0; (3,6,0) 3,3 -> 2; (3,6,1) 3,2 -> 3; (6,3,0) 3,6 -> 0; (6,3,1) 3,5 -> 0.
     *   6 over 8 triplets: 0.75.
     */
    @Test
    void tripletByHand() {
        double[][] x = {{0}, {1}, {3}, {6}};
        assertEquals(1.0, loss(LossHarness.of(new TripletLoss("t", 2, true)), x, 0, 0, 1, 1), TOL);
        assertEquals(0.75, loss(LossHarness.of(new TripletLoss("t", 2, false)), x, 0, 0, 1, 1), TOL);
    }

    /* Only singletons or one class: no anchor has a positive and a negative; the loss is 0. */
    @Test
    void tripletWithoutValidTripletsIsZero() {
        double[][] x = {{0}, {1}, {3}};
        assertEquals(0, loss(LossHarness.of(new TripletLoss("t", 1, true)), x, 0, 1, 2), TOL);
        assertEquals(0, loss(LossHarness.of(new TripletLoss("t", 1, false)), x, 0, 1, 2), TOL);
        assertEquals(0, loss(LossHarness.of(new TripletLoss("t", 1, false)), x, 5, 5, 5), TOL);
    }

    /*
     * Cosine-COREL, class vectors w0 = (1,0), w1 = (0,1), w2 = (1,1).
     * h = (1,0), y = 0: cosines (1, 0, 1/sqrt2): -1 + max(0, 1/sqrt2)^2 = -0.5.
     * h = (0,-1), y = 1: cosines (0, -1, -1/sqrt2): 1 + max(0, max(0, -1/sqrt2))^2 = 1.
     * Mean 0.25.
     */
    @Test
    void cosineCorelByHand() {
        double[][] w = {{1, 0}, {0, 1}, {1, 1}};
        assertEquals(0.25, loss(corel(CorelCentres.Similarity.COSINE, w, 1), new double[][] {{1, 0}, {0, -1}}, 0, 1),
                TOL);
    }

    /*
     * Gaussian-COREL, gamma = 0.5, h = (0,0), w0 = (1,0), w1 = (0,2): E = (-0.5, -2).
     * y = 0: 0.5 + log(exp(-0.5) + exp(-2)) = 0.2014133.
     */
    @Test
    void gaussianCorelByHand() {
        double[][] w = {{1, 0}, {0, 2}};
        assertEquals(0.5 + Math.log(Math.exp(-0.5) + Math.exp(-2)),
                loss(corel(CorelCentres.Similarity.GAUSSIAN, w, 0.5), new double[][] {{0, 0}}, 0), TOL);
    }

    /* CCE: logits (0, ln 3), y = 1: p = 3/4, loss = -ln 0.75. */
    @Test
    void cceByHand() {
        var setup = LossFactory.create(LossKind.CCE, LossOptions.defaults(), 2, 2);
        assertEquals(-Math.log(0.75), loss(LossHarness.of(setup.loss()), new double[][] {{0, Math.log(3)}}, 1), TOL);
    }

    /** DJL's accumulator API (float32, as a training loop uses it) reports the same value. */
    @Test
    void djlAccumulatorsAgreeWithEvaluate() {
        SilhouetteLoss loss = new SilhouetteLoss("silhouette", SilhouetteLoss.Separation.CENTROID, 0);
        try (var m = ai.djl.ndarray.NDManager.newBaseManager()) {
            var x = m.create(new float[] {0, 0, 2, 0, 1, 3, 1, -3}, new ai.djl.ndarray.types.Shape(4, 2));
            var labels = new ai.djl.ndarray.NDList(m.create(new int[] {0, 0, 1, 1}));
            loss.addAccumulator("train");
            loss.updateAccumulator("train", labels, new ai.djl.ndarray.NDList(x));
            assertEquals(0.75, loss.getAccumulator("train"), 1e-6);
        }
    }

    static LossHarness.Objective corel(CorelCentres.Similarity s, double[][] w, double gamma) {
        CorelLoss loss = new CorelLoss("corel", s);
        return (x, labels) -> {
            NDArray centres = h.array(x.getManager(), w);
            return loss.evaluate(new ai.djl.ndarray.NDList(labels),
                    new ai.djl.ndarray.NDList(CorelCentres.similarities(x, centres, s, gamma)));
        };
    }
}
