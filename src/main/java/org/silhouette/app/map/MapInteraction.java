package org.silhouette.app.map;

import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.silhouette.render.MapFraming;
import org.silhouette.render.MapGesture;

import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * Mouse and keyboard on the map. Left drag draws a lasso (or rectangle); right or middle drag, or
 * Space + left drag, pans; the wheel zooms about the cursor. Shift adds to the selection and Alt
 * subtracts; a click without dragging toggles the point under it. A double click, or a tap of Space that
 * pans nothing, asks to see the point under the cursor at full size ({@link MapView#setOnOpenPoint}). What a
 * press, drag, release or Space means is {@link MapGesture}'s; this forwards the events and shows the result.
 */
final class MapInteraction {

    /** Zoom per wheel notch (JavaFX reports 40 px of delta per notch by default). */
    static final double ZOOM_PER_NOTCH = 1.25;

    private final MapView map;
    private final MapGesture gesture = new MapGesture();
    private IntConsumer onOpenPoint = i -> { };
    /** Where the mouse rests over the map (NaN when outside), for a tap of Space. */
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    MapInteraction(MapView map) {
        this.map = map;
    }

    void install(javafx.scene.Node surface) {
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, e -> mouseAt(e.getX(), e.getY()));
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> mouseAt(Double.NaN, Double.NaN));
        surface.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        surface.addEventHandler(ZoomEvent.ZOOM, e -> {
            map.viewport().zoomAbout(e.getX(), e.getY(), e.getZoomFactor());
            e.consume();
        });
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        map.addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    void setOnOpenPoint(IntConsumer action) {
        onOpenPoint = action == null ? i -> { } : action;
    }

    private void mouseAt(double x, double y) {
        mouseX = x;
        mouseY = y;
        map.hoverAt(x, y);
    }

    boolean isSelecting() {
        return gesture.kind() == MapGesture.Kind.SELECT;
    }

    private void pressed(MouseEvent e) {
        map.requestFocus();
        MouseButton b = e.getButton();
        MapGesture.Kind started = gesture.press(b == MouseButton.PRIMARY, b == MouseButton.SECONDARY
                || b == MouseButton.MIDDLE, e.getX(), e.getY(), e.isShiftDown(), e.isAltDown(),
                map.toolProperty().get() == SelectionTool.RECTANGLE);
        if (started == MapGesture.Kind.PAN) {
            map.setCursor(Cursor.CLOSED_HAND);
        } else if (started == MapGesture.Kind.SELECT) {
            map.hoverAt(Double.NaN, Double.NaN);
            map.lassoLayer().begin(gesture.lasso());
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        gesture.drag(e.getX(), e.getY(), map.viewport());
        if (isSelecting()) {
            map.lassoLayer().show(gesture.lasso());
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        MapGesture.Kind ended = gesture.release(e.getX(), e.getY());
        map.setCursor(gesture.spaceDown() ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        if (ended != MapGesture.Kind.SELECT) {
            e.consume();
            return;
        }
        LassoLayer lasso = map.lassoLayer();
        if (!gesture.moved()) {
            lasso.end();
            int hit = map.pointAt(e.getX(), e.getY());
            if (hit >= 0) {
                map.selectionModel().toggle(hit); // twice for a double click: the selection is as it was
                if (e.getClickCount() == 2) {
                    onOpenPoint.accept(hit);
                }
            }
        } else {
            BitSet hits = map.pointsInside(gesture.lasso());
            lasso.end();
            map.selectionModel().apply(hits, gesture.op(e.isShiftDown(), e.isAltDown()));
        }
        mouseAt(e.getX(), e.getY());
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 || e.getTouchCount() > 1) {
            return;
        }
        double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
        map.viewport().zoomAbout(e.getX(), e.getY(), Math.pow(ZOOM_PER_NOTCH, notches));
        map.hoverAt(e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        MapFraming framing = map.framing();
        boolean handled = true;
        if (code == KeyCode.SPACE) {
            gesture.spacePressed(System.nanoTime());
            if (gesture.kind() == MapGesture.Kind.NONE) {
                map.setCursor(Cursor.OPEN_HAND);
            }
        } else if (code == KeyCode.F && !e.isShortcutDown() || code == KeyCode.HOME) { // Ctrl+F: the filter
            map.fitToView();
        } else if (code == KeyCode.ESCAPE) {
            if (gesture.cancelLasso()) {
                map.lassoLayer().end();
            } else {
                map.selectionModel().clear();
            }
        } else if (code == KeyCode.A && e.isShortcutDown()) {
            map.selectionModel().selectAll();
        } else if (code == KeyCode.I && e.isShortcutDown()) {
            map.selectionModel().invert();
        } else if (code == KeyCode.L && !e.isShortcutDown()) {
            map.setTool(SelectionTool.LASSO);
        } else if (code == KeyCode.R && !e.isShortcutDown()) {
            map.setTool(SelectionTool.RECTANGLE);
        } else if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            framing.zoomAboutCentre(ZOOM_PER_NOTCH);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            framing.zoomAboutCentre(1 / ZOOM_PER_NOTCH);
        } else if (code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.UP || code == KeyCode.DOWN) {
            framing.arrow(code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0,
                    code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            boolean idle = gesture.kind() == MapGesture.Kind.NONE;
            boolean tap = gesture.spaceReleased(System.nanoTime());
            if (idle) {
                map.setCursor(Cursor.DEFAULT);
            }
            if (tap) {
                onOpenPoint.accept(Double.isNaN(mouseX) ? -1 : map.pointAt(mouseX, mouseY));
            }
            e.consume();
        }
    }
}
