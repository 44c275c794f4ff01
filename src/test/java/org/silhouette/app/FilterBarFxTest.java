package org.silhouette.app;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.session.Rows;

import java.nio.file.Path;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filter bar through the real window: Ctrl+F on the map gives the keyboard to the search box; "Unlabelled"
 * chosen with the mouse dims exactly the labelled images; a file-name search narrows it further; "Select them"
 * selects what is shown; Esc in the search box shows every image again and gives the keyboard back to the map.
 */
class FilterBarFxTest extends FxWindowTest {

    @Test
    void unlabelledDimsTheLabelledImagesTheSearchNarrowsAndEscClears(@TempDir Path dir) throws Exception {
        AppFx.withAlphaAndBeta(dir, (w, robot, folder, expected) -> {
            FxThread.run(() -> w.map().requestFocus());
            robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
            FxThread.await("the search box focused", AppFx.TIMEOUT,
                    () -> w.scene().getFocusOwner() instanceof TextField t && "filter-search".equals(t.getId()));
            assertEquals(0, FxThread.call(() -> dimmedCount(w)), "nothing dimmed before a filter");

            FxClicks.click(robot, "#filter-show");
            FxClicks.click(robot, "Unlabelled");
            int rows = FxThread.call(() -> w.presenter().rows().count());
            FxThread.await("the labelled images dimmed", AppFx.TIMEOUT, () -> dimmedCount(w) > 0);
            assertDimmedExactlyWhere(w, r -> !expected.containsKey(image(w, r)), "Unlabelled keeps the unlabelled");
            assertEquals(String.format("%d of %d images", rows - expected.size(), rows), FxThread.call(() -> countText(w)));

            // one unlabelled image's name, in capitals: the search ignores case
            String part = FxThread.call(() -> java.util.stream.IntStream.range(0, rows)
                    .filter(r -> !expected.containsKey(image(w, r))).mapToObj(r -> name(w, r)).findFirst().orElseThrow()
                    .replace(".png", "").toUpperCase(java.util.Locale.ROOT));
            FxClicks.click(robot, "#filter-search");
            robot.write(part);
            IntPredicate found = r -> !expected.containsKey(image(w, r))
                    && name(w, r).toUpperCase(java.util.Locale.ROOT).contains(part);
            long shown = FxThread.call(() -> java.util.stream.IntStream.range(0, rows).filter(found).count());
            assertEquals(1, shown, part);
            FxThread.await("the search applied", AppFx.TIMEOUT, () -> countText(w).startsWith(shown + " of"));
            assertDimmedExactlyWhere(w, found, "unlabelled and named " + part);

            FxClicks.click(robot, "Select them");
            int[] selected = FxThread.call(() -> w.map().selectionModel().toArray());
            assertEquals(shown, selected.length);
            for (int r : selected) {
                assertTrue(FxThread.call(() -> found.test(r)), "selected the images shown");
            }

            FxClicks.click(robot, "#filter-search");
            robot.type(KeyCode.ESCAPE);
            FxThread.await("every image shown again", AppFx.TIMEOUT, () -> dimmedCount(w) == 0);
            assertEquals("", FxThread.call(() -> countText(w)));
            assertEquals("All images", FxThread.call(() -> ((javafx.scene.control.ChoiceBox<?>) w.scene()
                    .lookup("#filter-show")).getValue().toString()));
            assertFalse(FxThread.call(() -> w.review.filter.filter().isActive()));
            assertTrue(FxThread.call(() -> w.map().isFocused()), "Esc gives the keyboard back to the map");
        });
    }

    private static int image(MainWindow w, int row) {
        return w.presenter().rows().image(row);
    }

    private static String name(MainWindow w, int row) {
        Rows rows = w.presenter().rows();
        return w.project().current().imageName(rows.image(row));
    }

    private static int dimmedCount(MainWindow w) {
        int n = 0; // FX thread
        for (int r = 0; r < w.presenter().rows().count(); r++) {
            n += w.map().isDimmed(r) ? 1 : 0;
        }
        return n;
    }

    private static void assertDimmedExactlyWhere(MainWindow w, IntPredicate kept, String what) throws Exception {
        FxThread.call(() -> {
            for (int r = 0; r < w.presenter().rows().count(); r++) {
                assertEquals(!kept.test(r), w.map().isDimmed(r), what + ": row " + r);
            }
            return null;
        });
    }

    /** What the bar says it shows (FX thread). */
    private static String countText(MainWindow w) {
        return ((Label) w.scene().lookup("#filter-count")).getText();
    }
}
