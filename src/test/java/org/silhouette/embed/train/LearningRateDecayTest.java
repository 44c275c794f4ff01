package org.silhouette.embed.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learning rate's fall over the planned steps: full rate for two thirds, then half a cosine to 0. */
class LearningRateDecayTest {

    @Test
    void fullRateForTwoThirdsThenHalfACosineToZero() {
        assertEquals(1.0, LearningRateDecay.factor(0, 300), 0);
        assertEquals(1.0, LearningRateDecay.factor(200, 300), 0);
        assertEquals(0.5, LearningRateDecay.factor(250, 300), 1e-12, "half-way down the last third");
        assertEquals(0.5 * (1 + Math.cos(Math.PI * 0.25)), LearningRateDecay.factor(225, 300), 1e-12);
        assertEquals(0.0, LearningRateDecay.factor(300, 300), 1e-12);
        assertEquals(0.0, LearningRateDecay.factor(330, 300), 1e-12, "past the plan it stays at 0");
        double previous = 1;
        for (int s = 0; s <= 300; s++) {
            double f = LearningRateDecay.factor(s, 300);
            assertTrue(f <= previous + 1e-15 && f >= 0, "monotone, never negative: step " + s);
            previous = f;
        }
    }

    /** A loop round plans a million epochs and stops on its budget: its steps stay at the full rate. */
    @Test
    void aLoopRoundKeepsTheFullRate() {
        long planned = 1_000_000L * 80;
        assertEquals(1.0, LearningRateDecay.factor(10_000, planned), 0);
        assertEquals(1.0, LearningRateDecay.factor(5, 0), 0, "nothing planned: no fall");
    }
}
