package org.silhouette.harness.stress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.project.ImageRecord;
import org.silhouette.project.ProjectStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 5, crash safety: SIGKILL a labelling child JVM at random points; nothing acknowledged may be lost. */
class CrashSafetyTest {
    static final int TRIALS = 20;

    @Test
    void killedLabellingProcessesLoseNothingAcknowledged(@TempDir Path dir) throws Exception {
        CrashTrials.Report r = CrashTrials.run(TRIALS, 20240611L, dir, Progress.NONE, Cancellation.NEVER);
        System.out.println("[crash-safety] " + r.summary());
        assertTrue(r.passed(), () -> String.join("\n", r.failures()));
        assertEquals(TRIALS, r.trials());
        assertTrue(r.acknowledged() > 0, "no operation was ever acknowledged; the children did not run");
    }

    /** The checker itself must fail when an acknowledged operation is missing or the history drifted. */
    @Test
    void theCheckerNoticesALostOperation(@TempDir Path dir) {
        Path project = dir.resolve("project");
        LabelModel model = new LabelModel(CrashTrials.IMAGES, CrashTrials.HISTORY_LIMIT);
        try (ProjectStore s = ProjectStore.open(project, dir, CrashTrials.options())) {
            s.syncImages(IntStream.range(0, CrashTrials.IMAGES).mapToObj(i -> ImageRecord.of(i + ".jpg")).toList(), true);
            Random r = new Random(7);
            for (int k = 0; k < 30; k++) {
                String op = CrashOps.choose(r, s.snapshot(), CrashTrials.IMAGES, "k" + k);
                CrashOps.execute(s, op);
                model.apply(op);
            }
        }
        CrashTrials.Tally ok = new CrashTrials.Tally();
        CrashTrials.verify(0, project, model, null, ok);
        assertEquals(List.of(), ok.failures, "the store and the model agree on a clean run");

        LabelModel oneMore = model.copy();
        oneMore.apply("create never-committed 0");
        CrashTrials.Tally lost = new CrashTrials.Tally();
        CrashTrials.verify(1, project, oneMore, null, lost);
        assertFalse(lost.failures.isEmpty(), "a missing acknowledged operation went unnoticed");

        CrashTrials.Tally inFlight = new CrashTrials.Tally();
        CrashTrials.verify(2, project, model, oneMore, inFlight);
        assertEquals(List.of(), inFlight.failures);
        assertEquals(1, inFlight.inFlightLost);

        LabelModel undone = model.copy();
        undone.apply("undo");
        undone.apply("redo");
        undone.apply("undo");
        CrashTrials.Tally drift = new CrashTrials.Tally();
        CrashTrials.verify(3, project, undone, null, drift);
        assertFalse(drift.failures.isEmpty(), "an undo the store never did went unnoticed");
    }
}
