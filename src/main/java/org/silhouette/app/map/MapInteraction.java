package org.silhouette.app.map;

import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.silhouette.render.MapFraming;
import org.silhouette.render.MapSelection;

import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * Mouse and keyboard on the map. Left drag draws a lasso (or rectangle); right or middle drag, or
 * Space + left drag, pans; the wheel zooms about the cursor. Shift adds to the selection and Alt
 * subtracts; a click without dragging toggles the point under it. A double click, or a tap of Space that
 * pans nothing, asks to see the point under the cursor at full size ({@link MapView#setOnOpenPoint}).
 */
final class MapInteraction {

    /** Movement under this many pixels between press and release is a click, not a drag. */
    static final double CLICK_SLOP = 4;
    /** Zoom per wheel notch (JavaFX reports 40 px of delta per notch by default). */
    static final double ZOOM_PER_NOTCH = 1.25;
    /** Space released sooner than this, with no drag meanwhile, is a tap (held longer, it meant to pan). */
    static final long SPACE_TAP_NANOS = 500_000_000L;

    private enum Gesture { NONE, SELECT, PAN }

    private final MapView map;
    private IntConsumer onOpenPoint = i -> { };
    private Gesture gesture = Gesture.NONE;
    private boolean spaceDown;
    private boolean spaceUsed;
    private long spaceSince;
    private boolean moved;
    private boolean shiftAtPress;
    private boolean altAtPress;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
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
        return gesture == Gesture.SELECT;
    }

    private void pressed(MouseEvent e) {
        map.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        moved = false;
        shiftAtPress = e.isShiftDown();
        altAtPress = e.isAltDown();
        spaceUsed |= spaceDown;
        boolean pan = e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE
                || (e.getButton() == MouseButton.PRIMARY && spaceDown);
        if (pan) {
            gesture = Gesture.PAN;
            map.setCursor(Cursor.CLOSED_HAND);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            gesture = Gesture.SELECT;
            map.hoverAt(Double.NaN, Double.NaN);
            map.lassoLayer().begin(pressX, pressY, map.toolProperty().get() == SelectionTool.RECTANGLE);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) >= CLICK_SLOP) {
            moved = true;
        }
        switch (gesture) {
            case PAN -> map.viewport().panBy(e.getX() - lastX, e.getY() - lastY);
            case SELECT -> map.lassoLayer().extend(e.getX(), e.getY());
            case NONE -> { }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        Gesture ended = gesture;
        gesture = Gesture.NONE;
        map.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        if (ended != Gesture.SELECT) {
            e.consume();
            return;
        }
        LassoLayer lasso = map.lassoLayer();
        if (!moved) {
            lasso.end();
            int hit = map.pointAt(e.getX(), e.getY());
            if (hit >= 0) {
                map.selectionModel().toggle(hit); // twice for a double click: the selection is as it was
                if (e.getClickCount() == 2) {
                    onOpenPoint.accept(hit);
                }
            }
        } else {
            lasso.extend(e.getX(), e.getY());
            MapSelection.Op op = MapSelection.Op.of(e.isShiftDown() || shiftAtPress, e.isAltDown() || altAtPress);
            BitSet hits = lasso.isRectangle()
                    ? map.pointsInScreenBox(pressX, pressY, e.getX(), e.getY())
                    : map.pointsInScreenPolygon(lasso.xs(), lasso.ys(), lasso.vertexCount());
            lasso.end();
            map.selectionModel().apply(hits, op);
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
            if (!spaceDown) { // not a key repeat
                spaceSince = System.nanoTime();
                spaceUsed = gesture != Gesture.NONE;
            }
            spaceDown = true;
            if (gesture == Gesture.NONE) {
                map.setCursor(Cursor.OPEN_HAND);
            }
        } else if (code == KeyCode.F && !e.isShortcutDown() || code == KeyCode.HOME) { // Ctrl+F: the filter
            map.fitToView();
        } else if (code == KeyCode.ESCAPE) {
            if (gesture == Gesture.SELECT) {
                gesture = Gesture.NONE;
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
            spaceDown = false;
            if (gesture == Gesture.NONE) {
                map.setCursor(Cursor.DEFAULT);
                if (!spaceUsed && System.nanoTime() - spaceSince < SPACE_TAP_NANOS) {
                    onOpenPoint.accept(Double.isNaN(mouseX) ? -1 : map.pointAt(mouseX, mouseY));
                }
            }
            e.consume();
        }
    }
}
