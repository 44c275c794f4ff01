package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.testing.Blobs;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationTest {
    // step budgets, not seconds: a time budget trained too little under load and failed the P@1 check
    private static final LoopOptions FAST = LoopOptions.builder().firstTrainSteps(150).trainSteps(60).seed(3).build();

    @Test
    void foldsSplitEveryClassEvenlyAndStayPut() {
        int[] labels = new int[103];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 7 == 6 ? -1 : i % 3;
        }
        int[] folds = Validation.deal(labels, 9);
        assertEquals(Arrays.toString(folds), Arrays.toString(Validation.deal(labels, 9)));
        for (int c = 0; c < 3; c++) {
            int[] perFold = new int[Validation.FOLDS];
            int members = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    perFold[folds[i]]++;
                    members++;
                }
            }
            for (int f : perFold) {
                assertTrue(Math.abs(f - members / (double) Validation.FOLDS) <= 1, "class " + c + ": " + Arrays.toString(perFold));
            }
        }
        for (int i = 0; i < labels.length; i++) {
            assertEquals(labels[i] < 0, folds[i] < 0, "unlabelled images belong to no fold");
        }
    }

    @Test
    void heldOutScoresReflectSeparableClasses() {
        Blobs b = Blobs.make(3, 50, 16, 6.0, 1.0, 5);
        Validation.Quality q = Validation.run(b.x(), b.labels(), FAST, 2, Progress.NONE, Cancellation.NEVER);
        assertTrue(q.available(), q.message());
        assertEquals(2, q.fold());
        assertEquals(30, q.heldOut());
        assertTrue(q.precisionAt1() > 0.9, "P@1 " + q.precisionAt1());
        assertTrue(q.mapAtR() > 0.7, "MAP@R " + q.mapAtR());
        assertEquals(3, q.perLabel().size());
        q.perLabel().values().forEach(s -> assertTrue(s > 0.3, "silhouette " + s));
    }

    @Test
    void tooFewLabelsSaySoInsteadOfGuessing() {
        Blobs b = Blobs.make(3, 50, 16, 6.0, 1.0, 5);
        int[] labels = firstRowsLabelled(b, 0, 1, 2, 0);
        Validation.Quality q = Validation.run(b.x(), labels, FAST, 0, Progress.NONE, Cancellation.NEVER);
        assertFalse(q.available());
        assertNotNull(q.message());
        assertTrue(Double.isNaN(q.precisionAt1()));
    }

    @Test
    void aSmallLabelIsMeasuredOnEveryRound() {
        Blobs b = Blobs.make(3, 50, 16, 6.0, 1.0, 5);
        int[] labels = new int[b.x().rows()];
        Arrays.fill(labels, -1);
        int small = 0;
        for (int i = 0; i < labels.length; i++) {
            if (b.labels()[i] == 0) {
                labels[i] = 0;
            } else if (b.labels()[i] == 1 && small < 3) {
                labels[i] = 1; // three images: round-robin would leave every fold with at most one
                small++;
            }
        }
        for (int round = 0; round < Validation.FOLDS; round++) {
            Validation.Quality q = Validation.run(b.x(), labels, FAST, round, Progress.NONE, Cancellation.NEVER);
            assertTrue(q.available(), "round " + round + ": " + q.message());
            int fold = q.fold();
            int[] folds = Validation.deal(labels, FAST.seed());
            long smallHeld = java.util.stream.IntStream.range(0, labels.length)
                    .filter(i -> labels[i] == 1 && folds[i] == fold).count();
            assertEquals(2, smallHeld, "the small label's pair is held out on round " + round);
        }
    }

    @Test
    void twoLabelsOfTwoImagesCannotBeMeasured() {
        Blobs b = Blobs.make(3, 50, 16, 6.0, 1.0, 5);
        int[] labels = firstRowsLabelled(b, 0, 1, -1, 0, 1);
        Validation.Quality q = Validation.run(b.x(), labels, FAST, 1, Progress.NONE, Cancellation.NEVER);
        assertFalse(q.available(), "holding a pair of each out leaves nothing to train on");
        assertTrue(q.message().contains("three or more images"), q.message());
    }

    /** The labels of the first rows as given (-1 leaves one unlabelled); every later row unlabelled. */
    private static int[] firstRowsLabelled(Blobs b, int... first) {
        int[] labels = new int[b.x().rows()];
        Arrays.fill(labels, -1);
        System.arraycopy(first, 0, labels, 0, first.length);
        return labels;
    }
}
