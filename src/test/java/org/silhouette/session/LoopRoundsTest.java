package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Which loop request is current, whether the analysis shown is for the labels of now, and what a round counts. */
class LoopRoundsTest {

    private static MapSnapshot snapshot() {
        return new MapSnapshot(new Rows(new int[0]), new float[0], new float[0], null, null, null, null, "");
    }

    @Test
    void aNewerRequestOrACancelSupersedesTheOlderOne() {
        LoopRounds rounds = new LoopRounds();
        LoopRounds.Request first = rounds.request();
        assertTrue(rounds.isNewest(first));
        LoopRounds.Request second = rounds.request();
        assertFalse(rounds.isNewest(first));
        rounds.cancel();
        assertFalse(rounds.isNewest(second));
    }

    @Test
    void aRequestSupersededBeforeItStartedNeverRuns() {
        LoopRounds rounds = new LoopRounds();
        LoopRounds.Request old = rounds.request();
        rounds.request();
        // no session to run on: reaching it would throw
        assertNull(rounds.run(old, null, true, ProjectSettings.defaults().loopOptions(), Progress.NONE,
                Cancellation.NEVER, Runnable::run, s -> fail("moved"), s -> fail("analysed")));
    }

    @Test
    void onlyTheNewestRequestIsTimed() {
        LoopRounds rounds = new LoopRounds();
        LoopRounds.Request old = rounds.request();
        rounds.request();
        rounds.moved(old);
        assertTrue(Double.isNaN(rounds.lastMoveSeconds()), "a superseded round's move is not timed");
        LoopRounds.Request now = rounds.request();
        rounds.moved(now);
        assertTrue(rounds.lastMoveSeconds() >= 0);
    }

    @Test
    void theAnalysisIsCurrentWhenAskedForAfterTheLastLabelChange() {
        LoopRounds rounds = new LoopRounds();
        assertFalse(rounds.analysisCurrent(), "nothing shown yet");
        LoopRounds.Request r = rounds.request();
        rounds.labelsChanged(); // while the round runs
        rounds.ended(r, snapshot(), true);
        assertFalse(rounds.analysisCurrent(), "asked for before the last change");
        LoopRounds.Request next = rounds.request();
        rounds.handed(next, snapshot());
        assertTrue(rounds.analysisCurrent());
    }

    @Test
    void aRoundsHandedAnalysisIsNotShownAgainAtItsEndAndOnlyTrainedRoundsCount() {
        LoopRounds rounds = new LoopRounds();
        LoopRounds.Request r = rounds.request();
        MapSnapshot handed = snapshot();
        rounds.handed(r, handed);
        assertFalse(rounds.ended(r, handed, true));
        assertEquals(1, rounds.roundsFinished());
        assertTrue(rounds.ended(rounds.request(), snapshot(), false), "a suggestions update shows its own result");
        assertEquals(1, rounds.roundsFinished());
    }
}
