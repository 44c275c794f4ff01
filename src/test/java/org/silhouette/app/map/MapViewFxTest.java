package org.silhouette.app.map;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silhouette.render.CountingTarget;
import org.silhouette.render.MapSelection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the map with the robot (Monocle, headless). Points sit on a 10 x 6 grid; the view is set so
 * point (i, j) — index j*10+i — is drawn at local (100 + 40 i, 100 + 40 j), clear of the floating panels.
 */
@ExtendWith(ApplicationExtension.class)
class MapViewFxTest {

    private static final int COLS = 10;
    private static final int ROWS = 6;

    private MapView map;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        map = new MapView();
        stage.setScene(new Scene(map, 800, 520));
        stage.show();
    }

    @BeforeEach
    void grid() throws Exception {
        float[] x = new float[COLS * ROWS];
        float[] y = new float[COLS * ROWS];
        for (int j = 0; j < ROWS; j++) {
            for (int i = 0; i < COLS; i++) {
                x[j * COLS + i] = i;
                y[j * COLS + i] = j;
            }
        }
        fx(() -> {
            map.setPoints(x, y, false);
            map.setLabels(new int[COLS * ROWS], List.of("only"));
            map.viewport().set(40, 100, 100);
            map.selectionModel().clear();
            map.requestFocus();
            return null;
        });
        settle();
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
    }

    /** Waits until every pending frame has been drawn and any animation has ended. */
    private void settle() throws Exception {
        for (int i = 0; i < 200; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (fx(() -> map.isSettled())) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the map never settled");
    }

    private Point2D screen(double localX, double localY) throws Exception {
        return fx(() -> map.localToScreen(localX, localY));
    }

    private void lasso(FxRobot robot, double[]... vertices) throws Exception {
        robot.moveTo(screen(vertices[0][0], vertices[0][1]));
        robot.press(MouseButton.PRIMARY);
        for (int v = 1; v < vertices.length; v++) {
            robot.moveTo(screen(vertices[v][0], vertices[v][1]));
        }
        robot.release(MouseButton.PRIMARY);
        settle();
    }

    private int[] selected() throws Exception {
        return fx(() -> map.selectionModel().toArray());
    }

    private static double[] p(double x, double y) {
        return new double[] {x, y};
    }

    @Test
    void lassoSelectsTheEnclosedPointsOfAConcaveShape(FxRobot robot) throws Exception {
        long paintsBefore = fx(() -> map.mapCanvas().paintCount());
        // An L: the top row from x=80 to 300, and a leg down the first column to y=250.
        lasso(robot, p(80, 80), p(300, 80), p(300, 125), p(125, 125), p(125, 250), p(80, 250));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 10, 20, 30}, selected());
        assertEquals(paintsBefore, fx(() -> map.mapCanvas().paintCount()),
                "drawing a lasso and selecting never repaints the canvas");
        assertEquals(8, (int) fx(() -> map.selectionOverlay().markerCount()));
    }

    @Test
    void shiftAddsAndAltSubtracts(FxRobot robot) throws Exception {
        lasso(robot, p(80, 80), p(220, 80), p(220, 160), p(80, 160)); // i 0..2, j 0..1
        assertArrayEquals(new int[] {0, 1, 2, 10, 11, 12}, selected());

        robot.press(KeyCode.SHIFT);
        lasso(robot, p(290, 170), p(370, 170), p(370, 250), p(290, 250)); // i 5..6, j 2..3
        robot.release(KeyCode.SHIFT);
        assertArrayEquals(new int[] {0, 1, 2, 10, 11, 12, 25, 26, 35, 36}, selected());

        robot.press(KeyCode.ALT);
        lasso(robot, p(80, 80), p(160, 80), p(160, 120), p(80, 120)); // i 0..1, j 0
        robot.release(KeyCode.ALT);
        assertArrayEquals(new int[] {2, 10, 11, 12, 25, 26, 35, 36}, selected());

        lasso(robot, p(450, 250), p(530, 250), p(530, 290), p(450, 290)); // no modifier: replaces (i 9, j 4)
        assertArrayEquals(new int[] {49}, selected());
    }

    @Test
    void rectangleToolSelectsTheBox(FxRobot robot) throws Exception {
        fx(() -> {
            map.setTool(SelectionTool.RECTANGLE);
            return null;
        });
        robot.moveTo(screen(330, 330)); // box x 330..410, y 250..330: i 6..7 (340, 380), j 4..5 (260, 300)
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(screen(410, 250));
        robot.release(MouseButton.PRIMARY);
        settle();
        assertArrayEquals(new int[] {46, 47, 56, 57}, selected());
        fx(() -> {
            map.setTool(SelectionTool.LASSO);
            return null;
        });
    }

    @Test
    void clickTogglesOnePoint(FxRobot robot) throws Exception {
        robot.clickOn(screen(380 + 2, 260 - 1)); // i 7, j 4, slightly off centre
        settle();
        assertArrayEquals(new int[] {47}, selected());
        robot.clickOn(screen(140, 100)); // i 1, j 0
        settle();
        assertArrayEquals(new int[] {1, 47}, selected());
        robot.clickOn(screen(380, 260));
        settle();
        assertArrayEquals(new int[] {1}, selected());
        robot.clickOn(screen(160, 120)); // between points: nothing under the cursor, nothing changes
        settle();
        assertArrayEquals(new int[] {1}, selected());
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursorFixed(FxRobot robot) throws Exception {
        robot.moveTo(screen(260, 220)); // exactly on point 34 (i 4, j 3)
        double scaleBefore = fx(() -> map.viewport().scale());
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        settle();
        double scaleAfter = fx(() -> map.viewport().scale());
        assertTrue(scaleAfter != scaleBefore, "the wheel zoomed");
        assertEquals(260, fx(() -> map.screenX(34)), 0.5);
        assertEquals(220, fx(() -> map.screenY(34)), 0.5);
        assertTrue(Math.abs(fx(() -> map.screenX(0)) - 100) > 5, "other points moved");
    }

    @Test
    void rightDragPans(FxRobot robot) throws Exception {
        robot.moveTo(screen(300, 300));
        robot.press(MouseButton.SECONDARY);
        robot.moveTo(screen(350, 270));
        robot.release(MouseButton.SECONDARY);
        settle();
        assertEquals(150, fx(() -> map.screenX(0)), 0.5);
        assertEquals(70, fx(() -> map.screenY(0)), 0.5);
        assertEquals(0, selected().length, "panning selects nothing");
    }

    @Test
    void selectionSurvivesNewCoordinatesAndFollowsTheImages() throws Exception {
        fx(() -> {
            map.selectionModel().apply(java.util.BitSet.valueOf(new long[] {(1L << 3) | (1L << 5) | (1L << 8)}),
                    MapSelection.Op.REPLACE);
            return null;
        });
        float[] x = new float[COLS * ROWS];
        float[] y = new float[COLS * ROWS];
        for (int k = 0; k < x.length; k++) { // mirror the grid
            x[k] = COLS - 1 - (k % COLS);
            y[k] = ROWS - 1 - (k / COLS);
        }
        fx(() -> {
            map.setPoints(x, y);
            return null;
        });
        settle();
        assertArrayEquals(new int[] {3, 5, 8}, selected());
        assertEquals(100 + 40 * (COLS - 1 - 3), fx(() -> map.screenX(3)), 1e-3, "the point moved to its new place");
        assertEquals(3, (int) fx(() -> map.selectionOverlay().markerCount()));
    }

    @Test
    void repaintRequestsMergeIntoOnePaintPerPulse() throws Exception {
        long before = fx(() -> map.mapCanvas().paintCount());
        fx(() -> {
            for (int k = 0; k < 50; k++) {
                map.viewport().panBy(1, 0);
            }
            return null;
        });
        settle();
        assertEquals(before + 1, fx(() -> map.mapCanvas().paintCount()));
    }

    @Test
    void pointsOnOnePixelAreDrawnOnce() throws Exception {
        int n = 5000;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int k = 0; k < n; k++) {
            boolean stacked = k < n - 10;
            x[k] = stacked ? 3.0f + (k % 3) * 0.001f : k % 10;
            y[k] = stacked ? 2.0f : 5;
        }
        CountingTarget[] counted = new CountingTarget[1];
        fx(() -> {
            map.setTargetWrapper(raster -> {
                counted[0] = new CountingTarget(raster.width(), raster.height());
                return counted[0];
            });
            map.setPoints(x, y, false);
            map.viewport().set(40, 100, 100);
            return null;
        });
        settle();
        fx(() -> {
            map.setTargetWrapper(null);
            return null;
        });
        assertEquals(11, counted[0].dots(), "4990 stacked points draw as one dot, plus ten separate ones");
        assertEquals(11, (int) fx(() -> map.lastFrame().dots()));
    }

    @Test
    void aResizedWindowRefitsAnUntouchedView() throws Exception {
        fx(() -> {
            map.fitToView();
            return null;
        });
        settle();
        double before = fx(() -> map.viewport().scale());
        fx(() -> {
            stage.setWidth(stage.getWidth() + 200);
            stage.setHeight(stage.getHeight() + 100);
            return null;
        });
        settle();
        assertEquals(fx(() -> map.getWidth()), fx(() -> map.mapCanvas().canvas().getWidth()), 1.0);
        double after = fx(() -> map.viewport().scale());
        assertTrue(after > before, "more room, larger map: " + before + " -> " + after + " at " + fx(() -> map.getWidth() + "x" + map.getHeight()));
        double w = fx(() -> map.getWidth());
        double h = fx(() -> map.getHeight());
        for (int k : new int[] {0, 9, 50, 59}) {
            double sx = fx(() -> map.screenX(k));
            double sy = fx(() -> map.screenY(k));
            assertTrue(sx >= 0 && sx <= w && sy >= 0 && sy <= h, "point " + k + " on screen");
        }
        fx(() -> {
            stage.setWidth(stage.getWidth() - 200);
            stage.setHeight(stage.getHeight() - 100);
            return null;
        });
        settle();
    }

    @Test
    void fitKeyShowsEveryPoint(FxRobot robot) throws Exception {
        fx(() -> {
            map.viewport().set(400, -3000, -900);
            return null;
        });
        robot.moveTo(screen(400, 300));
        robot.type(KeyCode.F);
        settle();
        for (int k : new int[] {0, 9, 50, 59}) {
            double sx = fx(() -> map.screenX(k));
            double sy = fx(() -> map.screenY(k));
            assertTrue(sx >= 0 && sx <= 800 && sy >= 0 && sy <= 520, "point " + k + " on screen after fit");
        }
    }
}
