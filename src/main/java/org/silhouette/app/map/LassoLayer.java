package org.silhouette.app.map;

import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.silhouette.render.LassoPath;

/**
 * The lasso or rectangle being drawn ({@link LassoPath}), as scene-graph nodes over the canvas: moving the mouse
 * only changes these nodes, never the map.
 */
final class LassoLayer extends Group {

    private final Polygon lasso = new Polygon();
    private final Rectangle box = new Rectangle();

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

    /** Starts drawing {@code path}, just begun. */
    void begin(LassoPath path) {
        lasso.getPoints().clear();
        lasso.setVisible(!path.isRectangle());
        box.setVisible(path.isRectangle());
        show(path);
    }

    /** Draws {@code path} as it is now: a lasso gets its new vertices, a rectangle its new corner. */
    void show(LassoPath path) {
        if (path.isRectangle()) {
            box.setX(Math.min(path.x(0), path.x(1)));
            box.setY(Math.min(path.y(0), path.y(1)));
            box.setWidth(Math.abs(path.x(1) - path.x(0)));
            box.setHeight(Math.abs(path.y(1) - path.y(0)));
            return;
        }
        ObservableList<Double> pts = lasso.getPoints();
        for (int k = pts.size() / 2; k < path.vertexCount(); k++) {
            pts.addAll(path.x(k), path.y(k));
        }
    }

    void end() {
        lasso.setVisible(false);
        box.setVisible(false);
        lasso.getPoints().clear();
    }
}
