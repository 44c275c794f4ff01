package org.silhouette.app;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.project.LabelState;
import org.silhouette.session.Confusion;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The confusion table through the real window: two green images caught in the label 'alpha' (of the red ones)
 * show up in the cell 'alpha' × 'beta' after Ctrl+T, and a click on that cell selects exactly them on the map.
 */
class ConfusionFxTest extends FxWindowTest {

    @Test
    void ctrlTCountsTheCaughtImagesAndAClickOnTheirCellSelectsThem(@TempDir Path dir) throws Exception {
        AppFx.withColours(dir, (w, s, robot) -> {
            int[] g1 = DoubtfulLabelsFxTest.groupImages(s, 1);
            int[] caught = Arrays.copyOf(g1, 2);
            s.edits().assignName(DoubtfulLabelsFxTest.groupImages(s, 0), "alpha");
            s.edits().assignName(Arrays.copyOfRange(g1, 2, g1.length), "beta");
            LabelState st = s.edits().assignName(caught, "alpha");
            FxThread.await("the labels shown", AppFx.TIMEOUT, () -> w.presenter().labels() != null
                    && w.presenter().labels().labelledCount() == 40);

            FxThread.run(() -> w.map().requestFocus());
            robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
            ConfusionWindow cw = FxThread.call(() -> w.review.confusion);
            FxThread.await("the table", AppFx.TIMEOUT, () -> cw.stage() != null && cw.stage().isShowing()
                    && cw.confusion() != null);
            Confusion c = FxThread.call(cw::confusion);
            int alpha = c.labels().indexOf(st.labelOf(caught[0]));
            int beta = c.labels().indexOf(st.labelOf(g1[5]));
            assertEquals(2, c.count(alpha, beta), "the two caught images: labelled alpha, suggested beta");
            assertEquals(20, c.count(alpha, alpha));
            assertEquals(18, c.count(beta, beta));

            FxClicks.click(robot, "#confusion-" + alpha + "-" + beta);
            FxThread.await("the caught images selected", AppFx.TIMEOUT, () -> w.map().selectionModel().count() == 2);
            int[] selected = FxThread.call(() -> w.presenter().selectedImages());
            Arrays.sort(selected);
            assertArrayEquals(caught, selected);
            String tip = FxThread.call(() -> ((javafx.scene.control.Label) cw.stage().getScene()
                    .lookup("#confusion-" + alpha + "-" + beta)).getTooltip().getText());
            assertEquals("2 images labelled 'alpha' that the suggestions call 'beta'", tip);
        });
    }
}
