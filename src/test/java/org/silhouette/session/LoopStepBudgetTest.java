package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.embed.train.TrainOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A round's training budget: wall seconds as the app has it, or a step count where one is set (simulate). */
class LoopStepBudgetTest {

    @Test
    void theAppsDefaultsCountSeconds() {
        LoopOptions o = LoopOptions.defaults();
        TrainOptions first = o.training(3, 1, true);
        TrainOptions later = o.training(3, 1, false);
        assertEquals(o.firstTrainSeconds(), first.maxSeconds());
        assertEquals(o.trainSeconds(), later.maxSeconds());
        assertEquals(0, first.maxSteps());
        assertEquals(0, later.maxSteps());
    }

    @Test
    void aStepBudgetReplacesTheSecondsForItsRound() {
        LoopOptions o = LoopOptions.builder().firstTrainSteps(400).trainSteps(140).build();
        TrainOptions first = o.training(3, 9, true);
        TrainOptions later = o.training(3, 9, false);
        assertEquals(400, first.maxSteps());
        assertEquals(140, later.maxSteps());
        assertEquals(0.0, first.maxSeconds(), "no wall-clock cut-off, so the round does not depend on load");
        assertEquals(0.0, later.maxSeconds());
        assertEquals(9, later.seed());
        assertEquals(o.dim(), later.dim());
        assertThrows(IllegalArgumentException.class, () -> LoopOptions.builder().trainSteps(-1).build());
    }
}
