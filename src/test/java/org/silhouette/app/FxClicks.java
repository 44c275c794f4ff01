package org.silhouette.app;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.silhouette.harness.fx.FxThread;
import org.testfx.api.FxRobot;

import java.util.concurrent.Callable;

/**
 * Clicks on a node found on the FX thread. TestFX's {@code clickOn(Node)} and {@code clickOn(String)} read the
 * node's bounds on the test thread; that read fills bounds caches which the FX thread's pulse fills at the
 * same moment, and the race once broke a Parent's cached bounds (IndexOutOfBoundsException in
 * {@code Parent.updateCachedBounds}, in two window tests of one CI run). Here the point is taken on the FX thread
 * and the robot only moves the mouse there.
 */
final class FxClicks {

    private FxClicks() {
    }

    /** Clicks the centre of {@code node} with {@code buttons} (primary when none). */
    static void click(FxRobot robot, Node node, MouseButton... buttons) throws Exception {
        clickFound(robot, () -> node, buttons);
    }

    /** Clicks the centre of the node that TestFX's {@code query} (an id like "#retrain", or a text) finds. */
    static void click(FxRobot robot, String query, MouseButton... buttons) throws Exception {
        clickFound(robot, () -> robot.lookup(query).query(), buttons);
    }

    /** Clicks with the secondary button. */
    static void rightClick(FxRobot robot, Node node) throws Exception {
        click(robot, node, MouseButton.SECONDARY);
    }

    /**
     * Clicks the screen centre of the node that {@code find} returns, found and measured on the FX thread. Its
     * window becomes the robot's target, as TestFX's own clickOn(Node) does: {@code write} types into that window.
     */
    private static void clickFound(FxRobot robot, Callable<Node> find, MouseButton... buttons) throws Exception {
        Node[] found = new Node[1];
        Point2D centre = FxThread.call(() -> {
            Node n = find.call();
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            if (b == null) {
                throw new IllegalStateException("not on screen: " + n);
            }
            found[0] = n;
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        robot.targetWindow(FxThread.call(() -> found[0].getScene().getWindow()));
        robot.clickOn(centre, buttons);
    }
}
