package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewedConfidenceTest {

    @Test
    void poolsViolatorsAndSmoothsEachStepTowardsTheOverallRate() {
        // 0.1 right, 0.2 wrong: pooled to 1 of 2; 0.3 and 0.4 right: pooled (equal rates) to 2 of 2; rate 3/4
        MonotoneSteps plain = MonotoneSteps.fit(new double[] {0.3, 0.1, 0.4, 0.2},
                new boolean[] {true, true, true, false}, 0);
        assertArrayEquals(new double[] {0.1, 0.3}, plain.from());
        assertArrayEquals(new double[] {0.5, 1.0}, plain.value(), 1e-12);
        assertEquals(0.5, plain.at(0.05), 1e-12, "below the first score: the first step");
        assertEquals(0.5, plain.at(0.29), 1e-12);
        assertEquals(1.0, plain.at(0.35), 1e-12);
        MonotoneSteps smoothed = MonotoneSteps.fit(new double[] {0.3, 0.1, 0.4, 0.2},
                new boolean[] {true, true, true, false}, 2);
        assertArrayEquals(new double[] {(1 + 1.5) / 4, (2 + 1.5) / 4}, smoothed.value(), 1e-12);
    }

    @Test
    void leavesTheConfidenceAloneUntilEnoughVerdicts() {
        ReviewedConfidence r = new ReviewedConfidence();
        for (int i = 0; i < ReviewedConfidence.MIN_VERDICTS - 1; i++) {
            r.add(0.9f, false);
        }
        Suggestions s = new Suggestions(new int[] {0, 1}, new float[] {0.9f, 0.9f});
        assertSame(s, r.apply(s, new int[] {-1, -1}));
        assertThrows(IllegalArgumentException.class, () -> r.add(1.5f, true));
        r.add(Float.NaN, true); // unknown (one group named): passed over, not counted
        assertSame(s, r.apply(s, new int[] {-1, -1}), "still one verdict short");
    }

    @Test
    void replacesOpenConfidencesByTheReviewedAccuracyAndKeepsLabelsAndLabelledRows() {
        ReviewedConfidence r = new ReviewedConfidence();
        for (int i = 0; i < 100; i++) {
            r.add(0.9f, i < 30);
        }
        Suggestions s = new Suggestions(new int[] {2, 1, -1}, new float[] {1f, 0.9f, 0f});
        Suggestions out = r.apply(s, new int[] {2, -1, -1});
        assertArrayEquals(new int[] {2, 1, -1}, out.label());
        assertEquals(1f, out.confidence()[0], "a labelled row keeps its own label at 1");
        assertEquals((30 + 2 * 0.3) / 102, out.confidence()[1], 1e-6);
        assertEquals(0f, out.confidence()[2], "no suggestion, nothing to change");
    }

    @Test
    void keepsOnlyTheNewestVerdicts() {
        ReviewedConfidence r = new ReviewedConfidence();
        for (int i = 0; i < ReviewedConfidence.WINDOW; i++) {
            r.add(0.8f, false);
        }
        for (int i = 0; i < ReviewedConfidence.WINDOW; i++) {
            r.add(0.8f, true);
        }
        assertEquals(ReviewedConfidence.WINDOW, r.count());
        Suggestions out = r.apply(new Suggestions(new int[] {0}, new float[] {0.8f}), new int[] {-1});
        assertEquals(1f, out.confidence()[0], 1e-6, "the wrong verdicts have left the window");
    }

    /**
     * Open images whose suggestions are right far less often than their confidence says (what a careful
     * annotator leaves open): a spot check of 50 of them brings the calibration error down to the noise.
     */
    @Test
    void aSpotCheckOfTheOpenImagesCalibratesThem() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 4_000;
        int[] labels = new int[n];
        int[] truth = new int[n];
        int[] label = new int[n];
        float[] confidence = new float[n];
        for (int i = 0; i < n; i++) {
            labels[i] = -1;
            confidence[i] = (float) (0.5 + 0.5 * random.nextDouble());
            label[i] = 1;
            // right with probability confidence − 0.4: overconfident by 0.4 everywhere
            truth[i] = random.nextDouble() < confidence[i] - 0.4 ? 1 : 0;
        }
        Suggestions s = new Suggestions(label, confidence);
        double before = CalibrationError.ofSuggestions(s, labels, truth);
        ReviewedConfidence r = new ReviewedConfidence();
        for (int k = 0; k < 50; k++) {
            int i = random.nextInt(n);
            r.add(confidence[i], label[i] == truth[i]);
        }
        double after = CalibrationError.ofSuggestions(r.apply(s, labels), labels, truth);
        assertTrue(before > 0.35, "before " + before);
        assertTrue(after < 0.1, "after " + after);
    }
}
