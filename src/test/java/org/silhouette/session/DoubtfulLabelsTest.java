package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.testing.Blobs;

import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wrong labels found by their neighbours: a lasso that caught images of another class. */
class DoubtfulLabelsTest {

    static final int A = 5;
    static final int B = 9;
    static final int C = 12;

    /**
     * Three classes of 220 blobs (0, 1, 2 by row mod 3): 200 of class 0 labelled A, the first 20 of class 1
     * labelled A by a careless lasso and the other 200 labelled B, class 2 unlabelled.
     */
    record Lasso(FloatMatrix x, int[] truth, int[] labels, int[] wrong) {
        static Lasso make(long seed) {
            Blobs b = blobs(3, 220, 32, seed);
            int[] labels = new int[b.labels().length];
            Arrays.fill(labels, -1);
            int[] seen = new int[3];
            int[] wrong = new int[20];
            int w = 0;
            for (int r = 0; r < labels.length; r++) {
                int c = b.labels()[r];
                int nth = seen[c]++;
                if (c == 0 && nth < 200) {
                    labels[r] = A;
                } else if (c == 1 && nth < 20) {
                    labels[r] = A;
                    wrong[w++] = r;
                } else if (c == 1) {
                    labels[r] = B;
                }
            }
            return new Lasso(b.x(), b.labels(), labels, wrong);
        }

        FloatMatrix view() {
            return IntrospectionMap.backboneView(x);
        }
    }

    /**
     * Gaussian classes whose centres differ on every axis, as a backbone's classes do ({@link Blobs} puts each
     * on one axis, which standardisation then shrinks to nothing beside the noise of the others).
     */
    static Blobs blobs(int classes, int perClass, int dim, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[][] centre = new double[classes][dim];
        for (double[] c : centre) {
            for (int j = 0; j < dim; j++) {
                c[j] = 1.5 * gaussian(r);
            }
        }
        int n = classes * perClass;
        float[] x = new float[n * dim];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % classes;
            for (int j = 0; j < dim; j++) {
                x[i * dim + j] = (float) (centre[labels[i]][j] + gaussian(r));
            }
        }
        return new Blobs(new FloatMatrix(n, dim, x), labels);
    }

    private static double gaussian(java.util.SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static int[] rowsOf(DoubtfulLabels.Found f) {
        return f.rows().stream().toArray();
    }

    @Test
    void aWrongLabelLassoIsFlaggedWithTheRightSuggestionAndNoCorrectLabelIs() {
        Lasso l = Lasso.make(1);
        DoubtfulLabels.Found f = DoubtfulLabels.find(l.view(), null, l.labels(), new BitSet(),
                DoubtfulLabels.Options.defaults(), Cancellation.NEVER);
        assertArrayEquals(l.wrong(), rowsOf(f), "exactly the 20 images of B labelled A");
        for (DoubtfulLabels.Doubt d : f.doubts()) {
            assertEquals(A, d.label());
            assertEquals(B, d.suggested(), "their neighbours say B");
            assertTrue(d.agreement() < 0.3, "agreement " + d.agreement());
            assertTrue(Double.isNaN(d.headAgreement()), "no head, no head agreement");
        }
        for (int i = 1; i < f.count(); i++) {
            assertTrue(f.doubts().get(i - 1).agreement() <= f.doubts().get(i).agreement(), "most doubtful first");
        }
    }

    @Test
    void theHeadMustAgreeThatALabelIsDoubtful() {
        Lasso l = Lasso.make(2);
        FloatMatrix view = l.view();
        // a head in which the wrong rows sit with the A images: it has learnt them, so they are not doubtful there
        FloatMatrix head = new FloatMatrix(view.rows(), 2, new float[view.rows() * 2]);
        for (int r = 0; r < view.rows(); r++) {
            boolean sitsWithA = l.labels()[r] == A;
            head.set(r, 0, (sitsWithA ? 0f : 10f) + 0.01f * ((r * 7919) % 661));
            head.set(r, 1, l.truth()[r] == 2 ? 10f : 0f);
        }
        DoubtfulLabels.Found f = DoubtfulLabels.find(view, head, l.labels(), new BitSet(),
                DoubtfulLabels.Options.defaults(), Cancellation.NEVER);
        assertEquals(0, f.count(), "the head's view keeps them");

        // a head that separates by true class agrees with the backbone: flagged, with both agreements
        FloatMatrix truthHead = new FloatMatrix(view.rows(), 2, new float[view.rows() * 2]);
        for (int r = 0; r < view.rows(); r++) {
            truthHead.set(r, 0, 10f * l.truth()[r] + 0.01f * ((r * 7919) % 661)); // shuffled within a class
        }
        DoubtfulLabels.Found g = DoubtfulLabels.find(view, truthHead, l.labels(), new BitSet(),
                DoubtfulLabels.Options.defaults(), Cancellation.NEVER);
        assertArrayEquals(l.wrong(), rowsOf(g));
        assertTrue(g.doubts().stream().allMatch(d -> d.headAgreement() < 0.3));
    }

    @Test
    void confirmedRowsAreNeverDoubtfulAndTrainingLeavesOnlyTheOthersOut() {
        Lasso l = Lasso.make(3);
        BitSet trusted = new BitSet();
        trusted.set(l.wrong()[0]);
        trusted.set(l.wrong()[1]);
        DoubtfulLabels.Found f = DoubtfulLabels.find(l.view(), null, l.labels(), trusted,
                DoubtfulLabels.Options.defaults(), Cancellation.NEVER);
        assertArrayEquals(Arrays.copyOfRange(l.wrong(), 2, 20), rowsOf(f));

        int[] training = f.withoutDoubtful(l.labels());
        for (int r = 0; r < training.length; r++) {
            boolean dropped = f.rows().get(r);
            assertEquals(dropped ? -1 : l.labels()[r], training[r], "row " + r);
        }
        assertEquals(A, training[l.wrong()[0]], "a confirmed label is trained on");
    }

    @Test
    void aSmallNewGroupIsNotDoubtfulForBeingSmall() {
        Lasso l = Lasso.make(4);
        int[] labels = l.labels().clone();
        for (int r : l.wrong()) {
            labels[r] = B; // fixed
        }
        int[] smallC = IntStream.range(0, labels.length).filter(r -> l.truth()[r] == 2).limit(4).toArray();
        for (int r : smallC) {
            labels[r] = C;
        }
        DoubtfulLabels.Found f = DoubtfulLabels.find(l.view(), null, labels, new BitSet(),
                DoubtfulLabels.Options.defaults(), Cancellation.NEVER);
        assertEquals(0, f.count(), "four images of a new group agree with the three they can: " + f.doubts());

        // but a lone image of C labelled A, among B's labels, is doubtful
        labels[smallC[0]] = -1;
        int loneB = IntStream.range(0, labels.length).filter(r -> l.truth()[r] == 1).findFirst().orElseThrow();
        labels[loneB] = C;
        labels[smallC[1]] = -1;
        DoubtfulLabels.Found g = DoubtfulLabels.find(l.view(), null, labels, new BitSet(),
                DoubtfulLabels.Options.defaults(), Cancellation.NEVER);
        assertTrue(g.rows().get(loneB), "an image of B labelled C sits among B's labels: " + g.doubts());
        assertEquals(B, g.doubts().stream().filter(d -> d.row() == loneB).findFirst().orElseThrow().suggested());
    }

    @Test
    void aLabelIsDoubtedOnlyForAnotherThatItsNeighboursClearlyPrefer() {
        // row 0 sits at 0; its ten nearest labelled rows carry its own label twice and three others 3, 3 and 2
        // times; each label also has a far group of ten, so every class is large enough to be judged
        int x = 1;
        int y = 2;
        int z = 3;
        int w = 4;
        int[] near = {y, x, z, y, w, x, z, y, z, w};
        int n = 1 + near.length + 40;
        float[] pos = new float[n];
        int[] labels = new int[n];
        labels[0] = x;
        for (int i = 0; i < near.length; i++) {
            pos[1 + i] = 1 + i;
            labels[1 + i] = near[i];
        }
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < 10; i++) {
                pos[11 + g * 10 + i] = 1000 * (g + 1) + i;
                labels[11 + g * 10 + i] = g + 1;
            }
        }
        FloatMatrix view = new FloatMatrix(n, 1, pos);
        DoubtfulLabels.Found split = DoubtfulLabels.find(view, null, labels, null, DoubtfulLabels.Options.defaults(),
                Cancellation.NEVER);
        assertTrue(!split.rows().get(0), "20 % agree, but no other label has three times as many: " + split.doubts());
        DoubtfulLabels.Found anyOther = DoubtfulLabels.find(view, null, labels, null,
                new DoubtfulLabels.Options(10, 0.3, 0, 1), Cancellation.NEVER);
        assertTrue(anyOther.rows().get(0), "without the dominance condition, agreement alone decides");
    }

    @Test
    void oneClassOrTooFewLabelsFindNothingAndBadInputIsRefused() {
        Lasso l = Lasso.make(5);
        int[] onlyA = Arrays.stream(l.labels()).map(x -> x == B ? -1 : x).toArray();
        assertEquals(0, DoubtfulLabels.find(l.view(), null, onlyA, null, DoubtfulLabels.Options.defaults(),
                Cancellation.NEVER).count(), "with one class no neighbour can say otherwise");
        assertThrows(IllegalArgumentException.class, () -> DoubtfulLabels.find(l.view(), null, new int[3], null,
                DoubtfulLabels.Options.defaults(), Cancellation.NEVER));
        assertThrows(IllegalArgumentException.class, () -> new DoubtfulLabels.Options(0, 0.3, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new DoubtfulLabels.Options(10, 1.5, 3, 1));
    }
}
