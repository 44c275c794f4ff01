package org.silhouette.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the window says about the loop, through the real window: the task list shows training in seconds, never
 * a step count nobody reaches ("Training: 0 of 14,000,000"), and the quality panel says which labels it
 * measured, turns "out of date" the moment the labels change, and is replaced after the change.
 */
class AppLoopFeedbackFxTest extends FxWindowTest {

    @Test
    void trainingShowsSecondsAndQualityFollowsEveryChange(@TempDir Path dir) throws Exception {
        AppFx.withThreeGroups(dir, (w, robot, folder) -> {
            Map<Integer, String> expected = new HashMap<>();
            assertEquals(20, AppFx.nameExactGroup(robot, w, 0, "alpha", expected).length);
            assertEquals(20, AppFx.nameExactGroup(robot, w, 1, "beta", expected).length);
            awaitCurrentFigures(w, expected.size());

            Set<String> messages = ConcurrentHashMap.newKeySet();
            int before = FxThread.call(() -> w.loop().roundsFinished());
            FxClicks.click(robot, "#retrain");
            while (FxThread.call(() -> w.loop().roundsFinished()) == before) {
                messages.addAll(FxThread.call(() -> w.tasks().messages()));
                Thread.sleep(30);
            }
            assertTrue(messages.stream().noneMatch(m -> m.matches(".* of [0-9,]{6,}.*")),
                    "no count in units nobody understands: " + messages);
            assertTrue(messages.stream().anyMatch(m -> m.matches("Round 1, training: \\d+\\.\\d s of at most "
                    + "\\d+\\.\\d s")), "training in seconds: " + messages);

            awaitCurrentFigures(w, expected.size());
            AppFx.nameExactGroup(robot, w, 2, "alpha", expected);
            assertTrue(FxThread.call(() -> w.quality().measuredText()).startsWith("Out of date"),
                    "stale figures say so at once: " + FxThread.call(() -> w.quality().measuredText()));
            awaitCurrentFigures(w, expected.size());
        });
    }

    /** Waits for figures that say they measured the labels as they are now: this many labelled images. */
    private static void awaitCurrentFigures(MainWindow w, int labelled) throws Exception {
        String want = String.format("Measured on your labels as they are now: %d labelled images", labelled);
        try {
            FxThread.await("quality figures for " + labelled + " labelled images", AppFx.TIMEOUT,
                    () -> w.quality().measuredText().startsWith(want));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e.getMessage() + "; the panel says: " + FxThread.call(() -> w.quality().overallText()),
                    e);
        }
    }
}
