package org.silhouette.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProgressTextTest {

    private static final long MS = 1_000_000L;

    @Test
    void countsShowAtMostEveryQuarterSecondButTheEndAndANewStageAtOnce() {
        ProgressText t = new ProgressText();
        assertEquals(new ProgressText.Line("Embedding: 1 of 2,000", 1, 2000), t.update("Embedding", 1, 2000, 0));
        assertNull(t.update("Embedding", 2, 2000, 100 * MS), "too soon");
        assertEquals("Embedding: 3 of 2,000", t.update("Embedding", 3, 2000, 300 * MS).message());
        assertEquals("Embedding: 2,000 of 2,000", t.update("Embedding", 2001, 2000, 310 * MS).message(),
                "the last one always, capped at the total");
        assertEquals(new ProgressText.Line("Scanning…", 0, 1), t.update("Scanning", 0, 0, 320 * MS));
        assertEquals("Scanning: 1,200", t.update("Scanning", 1200, 0, 600 * MS).message());
    }

    /** Epochs are no unit for a person: the layout shows a percentage; one step of one, no "0 of 1". */
    @Test
    void epochsShowAsAPercentageAndASingleStepAsWaitingOrDone() {
        ProgressText t = new ProgressText();
        assertEquals(new ProgressText.Line("Laying out the map: 72 %", 358, 500), t.update("UMAP", 358, 500, 0));
        assertEquals(new ProgressText.Line("Reducing features…", 0, 1), t.update("Reducing features", 0, 1, 0));
        assertEquals(new ProgressText.Line("Reducing features: done", 1, 1), t.update("Reducing features", 1, 1, MS));
        assertEquals("UMAP neighbours: 5,000 of 10,000", t.update("UMAP neighbours", 5000, 10_000, 2 * MS).message(),
                "images keep their counts");
    }

    @Test
    void aTimedStageCountsSecondsOfItsBudgetFromWhenItStarted() {
        ProgressText t = new ProgressText();
        t.timed("Training", "Round 2, training", 2.0);
        t.update("Preparing", 1, 0, 0);
        assertEquals(new ProgressText.Line("Round 2, training: 0.0 s of at most 2.0 s", 0, 2.0),
                t.update("Training", 5, 14_000_000, 1000 * MS));
        assertEquals("Round 2, training: 0.5 s of at most 2.0 s", t.update("Training", 9, 14_000_000, 1500 * MS).message());
        assertEquals("Round 2, training: 2.0 s of at most 2.0 s", t.update("Training", 99, 14_000_000, 9000 * MS).message(),
                "never past the budget");
    }
}
