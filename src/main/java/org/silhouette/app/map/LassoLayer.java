package org.silhouette.app.map;

import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * The lasso or rectangle being drawn, as scene-graph nodes over the canvas: moving the mouse only
 * changes these nodes, never the map. Keeps the vertices for the hit test.
 */
final class LassoLayer extends Group {

    private static final double MIN_STEP = 2.0;

    private final Polygon lasso = new Polygon();
    private final Rectangle box = new Rectangle();
    private double startX;
    private double startY;
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private int count;
    private boolean rectangle;

    LassoLayer() {
        for (javafx.scene.shape.Shape s : new javafx.scene.shape.Shape[] {lasso, box}) {
            s.setFill(Color.rgb(255, 255, 255, 0.08));
            s.setStroke(Color.rgb(255, 255, 255, 0.9));
            s.setStrokeWidth(1.2);
            s.getStrokeDashArray().setAll(6.0, 4.0);
            s.setVisible(false);
        }
        getChildren().addAll(lasso, box);
        setMouseTransparent(true);
        setManaged(false);
    }

    void begin(double x, double y, boolean asRectangle) {
        rectangle = asRectangle;
        startX = x;
        startY = y;
        count = 0;
        lasso.getPoints().clear();
        add(x, y);
        box.setX(x);
        box.setY(y);
        box.setWidth(0);
        box.setHeight(0);
        lasso.setVisible(!rectangle);
        box.setVisible(rectangle);
    }

    void extend(double x, double y) {
        if (rectangle) {
            box.setX(Math.min(startX, x));
            box.setY(Math.min(startY, y));
            box.setWidth(Math.abs(x - startX));
            box.setHeight(Math.abs(y - startY));
            xs[0] = startX;
            ys[0] = startY;
            xs[1] = x;
            ys[1] = y;
            count = 2;
            return;
        }
        if (Math.hypot(x - xs[count - 1], y - ys[count - 1]) >= MIN_STEP) {
            add(x, y);
        }
    }

    void end() {
        lasso.setVisible(false);
        box.setVisible(false);
        lasso.getPoints().clear();
    }

    boolean isRectangle() {
        return rectangle;
    }

    int vertexCount() {
        return count;
    }

    double[] xs() {
        return xs;
    }

    double[] ys() {
        return ys;
    }

    private void add(double x, double y) {
        if (count == xs.length) {
            xs = java.util.Arrays.copyOf(xs, count * 2);
            ys = java.util.Arrays.copyOf(ys, count * 2);
        }
        xs[count] = x;
        ys[count] = y;
        count++;
        ObservableList<Double> pts = lasso.getPoints();
        pts.addAll(x, y);
    }
}
