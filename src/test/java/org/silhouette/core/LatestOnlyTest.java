package org.silhouette.core;

import org.junit.jupiter.api.Test;
import org.silhouette.testing.ManualExecutor;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the latest request's result is handed over; a request superseded before it started never runs. */
class LatestOnlyTest {

    private final ManualExecutor work = new ManualExecutor();
    private final ManualExecutor results = new ManualExecutor();
    private final LatestOnly latest = new LatestOnly(results);

    private static String record(List<String> ran, String what) {
        ran.add(what);
        return what;
    }

    @Test
    void aRequestSupersededBeforeItStartedNeverRuns() {
        List<String> ran = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        latest.run(work, () -> record(ran, "first"), (r, t) -> shown.add(r));
        latest.run(work, () -> record(ran, "second"), (r, t) -> shown.add(r));
        work.runAll();
        results.runAll();
        assertEquals(List.of("second"), ran);
        assertEquals(List.of("second"), shown);
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() {
        List<String> shown = new ArrayList<>();
        latest.run(work, () -> "old", (r, t) -> shown.add(r));
        work.runAll();
        latest.run(work, () -> "new", (r, t) -> shown.add(r));
        results.runAll();
        assertTrue(shown.isEmpty(), "the old result waited while a newer request came");
        work.runAll();
        results.runAll();
        assertEquals(List.of("new"), shown);

        latest.run(work, () -> "closed", (r, t) -> shown.add(r));
        latest.cancel();
        work.runAll();
        results.runAll();
        assertEquals(List.of("new"), shown, "a cancelled request hands nothing over");
    }

    @Test
    void whatTheWorkThrowsIsHandedOverAndAShutQueueRunsNothing() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<Throwable> failures = new ArrayList<>();
        latest.run(work, () -> {
            throw boom;
        }, (r, t) -> failures.add(t));
        work.runAll();
        results.runAll();
        assertSame(boom, failures.getFirst());

        work.shutdown();
        latest.run(work, () -> "late", (r, t) -> failures.add(t));
        assertEquals(0, work.waiting(), "nothing is queued once the window is closing");
    }
}
