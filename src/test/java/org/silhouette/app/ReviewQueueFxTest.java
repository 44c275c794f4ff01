package org.silhouette.app;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.session.ReviewQueue;
import org.silhouette.session.ShownRows;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review queue through the real window: Ctrl+U on the map opens it on the least sure suggestion; Enter gives
 * that image its suggested label (in the database) and moves on; Ctrl+Z takes it back through the project's undo
 * and the image is at the head again; X leaves it unlabelled and moves on. Both decisions reach the session as
 * verdicts on the suggestions.
 */
class ReviewQueueFxTest extends FxWindowTest {

    @Test
    void enterAcceptsTheLeastSureSuggestionCtrlZUndoesItAndXRejects(@TempDir Path dir) throws Exception {
        AppFx.withColours(dir, (w, s, robot) -> {
            s.edits().assignName(Arrays.copyOf(DoubtfulLabelsFxTest.groupImages(s, 0), 10), "alpha");
            s.edits().assignName(Arrays.copyOf(DoubtfulLabelsFxTest.groupImages(s, 1), 10), "beta");
            FxThread.await("suggestions for these labels", AppFx.TIMEOUT, () -> analysedFor(w, 20)
                    && !w.loop().busyProperty().get());

            FxThread.run(() -> w.map().requestFocus());
            robot.press(KeyCode.CONTROL, KeyCode.U).release(KeyCode.U, KeyCode.CONTROL);
            ReviewQueueWindow q = FxThread.call(() -> w.review.queue);
            FxThread.await("the review queue", AppFx.TIMEOUT, () -> q.isShowing() && q.head() != null);
            ReviewQueue.Item first = FxThread.call(q::head);
            ShownRows shown = FxThread.call(() -> w.presenter().shownRows());
            for (int r = 0; r < shown.count(); r++) {
                if (shown.suggestion(r) >= 0) {
                    assertTrue(first.confidence() <= shown.confidence(r), "least sure first: row " + r);
                }
            }
            assertEquals(-1, s.labels().labelOf(first.image()));

            robot.type(KeyCode.ENTER);
            FxThread.await("the accept in the store", AppFx.TIMEOUT,
                    () -> s.labels().labelOf(first.image()) == first.suggested());
            FxThread.await("the next image", AppFx.TIMEOUT, () -> q.head() != null
                    && q.head().image() != first.image());

            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            FxThread.await("the undo in the store", AppFx.TIMEOUT, () -> s.labels().labelOf(first.image()) == -1);
            FxThread.await("the image back at the head", AppFx.TIMEOUT,
                    () -> q.head() != null && q.head().image() == first.image());

            int labelled = s.labels().labelledCount();
            robot.type(KeyCode.X);
            FxThread.await("the next image", AppFx.TIMEOUT, () -> q.head() != null
                    && q.head().image() != first.image());
            ReviewQueue.Item second = FxThread.call(q::head);
            assertNotNull(second);
            assertNotEquals(first.image(), second.image());
            assertEquals(-1, s.labels().labelOf(first.image()), "X leaves it unlabelled");
            assertEquals(labelled, s.labels().labelledCount(), "X changes no label");
            // the accept and the reject are verdicts that teach the confidence (an undo takes no verdict back)
            assertEquals(2, s.review().suggestionsJudged());
        });
    }

    /** Whether the map's suggestions were made for the labels shown: each labelled row suggests its own label. */
    private static boolean analysedFor(MainWindow w, int labelled) {
        int[] suggested = w.presenter().suggested();
        int[] labels = w.presenter().labelOfRow();
        if (suggested == null || Arrays.stream(labels).filter(l -> l >= 0).count() != labelled) {
            return false;
        }
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] >= 0 && suggested[r] != labels[r]) {
                return false;
            }
        }
        return true;
    }
}
