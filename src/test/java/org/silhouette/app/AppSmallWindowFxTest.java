package org.silhouette.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.render.ColourMode;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The small things a new user hit, in the smallest window with a narrow map and inspector: the Fit button is
 * never covered (by the banner or the overview), the keyboard goes back to the map after a banner's button,
 * and the inspector's title wraps instead of being cut off.
 */
class AppSmallWindowFxTest extends FxWindowTest {

    @Test
    void fitStaysClickableFocusReturnsAndTheInspectorTitleFits(@TempDir Path dir) throws Exception {
        Path folder = AppFx.folder(dir, 310, 3, 5, false);
        MainWindow w = AppFx.newWindow();
        FxRobot robot = new FxRobot();
        try {
            FxThread.run(() -> {
                Stage stage = (Stage) w.scene().getWindow();
                stage.setWidth(900);
                stage.setHeight(600);
                SplitPane split = (SplitPane) w.scene().lookup(".split-pane");
                split.setDividerPositions(0.35, 0.65);
            });
            AppFx.open(w, folder);
            FxThread.run(() -> w.banner().show("Silhouette works offline with its own small CNN. For photos, an"
                    + " ImageNet ResNet-18 from DJL's model zoo (about 45 MB) often gives better maps.", "OK",
                    () -> { }, "No, thanks", () -> { }));
            FxThread.run(() -> w.scene().getRoot().layout());

            Node fit = robot.lookup("#map-fit").query();
            Bounds fitBounds = FxThread.call(() -> fit.localToScene(fit.getBoundsInLocal()));
            Bounds banner = FxThread.call(() -> w.banner().node().localToScene(w.banner().node().getBoundsInLocal()));
            List<String> problems = new ArrayList<>();
            if (fitBounds.intersects(banner)) {
                problems.add("the banner covers Fit: " + banner + " over " + fitBounds);
            }

            FxThread.run(() -> { // a map so narrow that the legend and the overview reach over to the buttons
                w.banner().node().setVisible(false);
                ((SplitPane) w.scene().lookup(".split-pane")).setDividerPositions(0.46, 0.56);
                w.scene().getRoot().layout();
            });
            double narrowFit = FxThread.call(() -> {
                w.map().fitToView();
                return w.map().viewport().scale();
            });
            FxThread.run(() -> w.map().viewport().zoomAbout(20, 20, 6));
            FxClicks.click(robot, fit);
            Thread.sleep(500);
            if (Math.abs(FxThread.call(() -> w.map().viewport().scale()) - narrowFit) > narrowFit * 1e-6) {
                problems.add("a click on Fit did not reach it (it is under " + FxThread.call(() -> w.map().getWidth())
                        + " px wide map's overlays)");
            }
            FxThread.run(() -> ((SplitPane) w.scene().lookup(".split-pane")).setDividerPositions(0.35, 0.65));
            FxThread.run(() -> w.banner().note("A note."));

            FxClicks.click(robot, "#banner-yes");
            ColourMode before = FxThread.call(() -> w.map().colourModeProperty().get());
            robot.type(KeyCode.C);
            if (before == FxThread.call(() -> w.map().colourModeProperty().get())) {
                problems.add("after the banner's button the map's keys do nothing (focus on "
                        + FxThread.call(() -> w.scene().getFocusOwner()) + ")");
            }

            FxThread.run(() -> w.map().selectionModel().selectAll());
            FxThread.run(() -> w.scene().getRoot().layout());
            Label title = robot.lookup("#inspector-title").query();
            String shown = FxThread.call(() -> ((Text) title.lookup(".text")).getText());
            if (!FxThread.call(title::getText).equals(shown.replace("\n", " ").replaceAll(" +", " ").strip())) {
                problems.add("the inspector's title is cut off: '" + shown + "'");
            }
            assertEquals(List.of(), problems);
        } finally {
            AppFx.close(w);
        }
    }
}
