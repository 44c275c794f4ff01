package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;

import java.util.BitSet;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loop's head does not learn the labels that their neighbours contradict, unless the user confirmed them. */
class DoubtfulTrainingTest {

    private static final LoopOptions FAST = LoopOptions.builder().firstTrainSeconds(1.5).trainSeconds(0.5).seed(3)
            .build();

    @Test
    void aWrongLabelLassoIsLeftOutOfTrainingSoItsImagesStayWithTheirClass() {
        DoubtfulLabelsTest.Lasso l = DoubtfulLabelsTest.Lasso.make(11);
        try (MapLoop loop = MapLoop.start(l.x(), 2, Progress.NONE, Cancellation.NEVER)) {
            loop.refresh(l.labels(), FAST, Progress.NONE, Cancellation.NEVER);
            assertArrayEquals(l.wrong(), loop.lastDoubts().rows().stream().toArray(), "the 20 were left out");
            FloatMatrix e = loop.state().embedding();
            double toB = meanDistance(e, l.wrong(), centroid(e, l.labels(), DoubtfulLabelsTest.B, null));
            double toA = meanDistance(e, l.wrong(), centroid(e, l.labels(), DoubtfulLabelsTest.A, loop.lastDoubts().rows()));
            assertTrue(toB < toA, "the head keeps B's images with B: " + toB + " to B, " + toA + " to A");

            int[] trained = loop.trainedOn();
            BitSet wrong = new BitSet();
            IntStream.of(l.wrong()).forEach(wrong::set);
            for (int r = 0; r < trained.length; r++) {
                assertEquals(wrong.get(r) ? -1 : l.labels()[r], trained[r], "row " + r);
            }

            // confirmed, they are trained on as the user said
            BitSet trusted = new BitSet();
            IntStream.of(l.wrong()).forEach(trusted::set);
            loop.refresh(l.labels(), trusted, FAST, Progress.NONE, Cancellation.NEVER);
            assertEquals(0, loop.lastDoubts().count());
            assertArrayEquals(l.labels(), loop.trainedOn());
        }
    }

    @Test
    void noMoreThanOneLabelInTwentyIsLeftOutTheMostDoubtfulFirst() {
        DoubtfulLabelsTest.Lasso l = DoubtfulLabelsTest.Lasso.make(12);
        int[] labels = l.labels().clone();
        BitSet wrong = new BitSet();
        IntStream.of(l.wrong()).forEach(wrong::set);
        int kept = 0;
        for (int r = 0; r < labels.length; r++) { // 100 of A stay labelled, the 200 of B and the 20 wrong ones
            if (labels[r] == DoubtfulLabelsTest.A && !wrong.get(r) && kept++ % 2 == 1) {
                labels[r] = -1;
            }
        }
        int labelled = (int) IntStream.of(labels).filter(x -> x >= 0).count();
        try (MapLoop loop = MapLoop.start(l.x(), 2, Progress.NONE, Cancellation.NEVER)) {
            DoubtfulLabels.Found all = loop.doubts(labels, new BitSet(), Cancellation.NEVER);
            assertTrue(all.count() > Math.ceil(0.05 * labelled), all.count() + " doubtful of " + labelled);
            loop.refresh(labels, FAST, Progress.NONE, Cancellation.NEVER);
            int cap = (int) Math.ceil(MapLoop.MAX_LEFT_OUT * labelled);
            assertEquals(cap, loop.lastDoubts().count());
            assertEquals(all.doubts().subList(0, cap), loop.lastDoubts().doubts(), "the most doubtful");
            assertEquals(labelled - cap, IntStream.of(loop.trainedOn()).filter(x -> x >= 0).count());
        }
    }

    /** Centroid of the rows with this label, leaving out {@code except}. */
    private static double[] centroid(FloatMatrix e, int[] labels, int label, BitSet except) {
        double[] c = new double[e.cols()];
        int n = 0;
        for (int r = 0; r < e.rows(); r++) {
            if (labels[r] == label && (except == null || !except.get(r))) {
                for (int j = 0; j < c.length; j++) {
                    c[j] += e.get(r, j);
                }
                n++;
            }
        }
        for (int j = 0; j < c.length; j++) {
            c[j] /= n;
        }
        return c;
    }

    private static double meanDistance(FloatMatrix e, int[] rows, double[] c) {
        double sum = 0;
        for (int r : rows) {
            double s = 0;
            for (int j = 0; j < c.length; j++) {
                double d = e.get(r, j) - c[j];
                s += d * d;
            }
            sum += Math.sqrt(s);
        }
        return sum / rows.length;
    }
}
