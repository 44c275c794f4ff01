package org.silhouette.app.map;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineJoin;
import org.silhouette.render.MapPoints;
import org.silhouette.render.RenderSettings;
import org.silhouette.render.Viewport;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The selected points as scene-graph nodes above the canvas: one square marker per visible selected
 * point, white over a dark halo so it reads on any colour. Selecting never repaints the canvas; this
 * rebuilds at most once per pulse. Markers on the same cell merge, and very large selections use
 * coarser cells so the path stays small.
 */
final class SelectionOverlay extends Group {

    static final int MAX_MARKERS = 20_000;

    private final Path halo = new Path();
    private final Path marks = new Path();
    private int[] claims = new int[0];
    private int stamp;
    private int markerCount;

    SelectionOverlay() {
        halo.setStroke(Color.rgb(0, 0, 0, 0.55));
        halo.setStrokeWidth(2.8);
        marks.setStroke(Color.WHITE);
        marks.setStrokeWidth(1.2);
        for (Path p : new Path[] {halo, marks}) {
            p.setFill(null);
            p.setStrokeLineJoin(StrokeLineJoin.MITER);
        }
        getChildren().addAll(halo, marks);
        setMouseTransparent(true);
        setManaged(false);
    }

    int markerCount() {
        return markerCount;
    }

    void rebuild(MapPoints points, Viewport view, BitSet selected, RenderSettings settings, boolean thumbnails) {
        double scale = view.scale();
        float radius = settings.dotRadius(points.spacing(), scale);
        double half = thumbnails
                ? Math.round(settings.thumbnailPx(points.spacing(), scale)) / 2.0 + 0.5
                : radius + 1.5;
        int width = (int) Math.ceil(view.width());
        int height = (int) Math.ceil(view.height());
        // Dots: one ring per ring-sized cell, so a dense selection reads as a mesh, not a white blob.
        int cell = thumbnails ? Math.max(2, (int) (half * 2 / 3)) : Math.max(3, (int) Math.round(2 * half));
        List<PathElement> elements = new ArrayList<>();
        int markers;
        do {
            elements.clear();
            markers = collect(points, view, selected, half, width, height, cell, elements);
            cell *= 2;
        } while (markers > MAX_MARKERS);
        markerCount = markers;
        halo.getElements().setAll(elements);
        marks.getElements().setAll(elements);
    }

    private int collect(MapPoints points, Viewport view, BitSet selected, double half, int width, int height,
            int cell, List<PathElement> out) {
        int gw = width / cell + 1;
        int gh = height / cell + 1;
        if (claims.length < gw * gh) {
            claims = new int[gw * gh];
            stamp = 0;
        }
        stamp++;
        float[] xs = points.x();
        float[] ys = points.y();
        int n = points.count();
        int markers = 0;
        for (int i = selected.nextSetBit(0); i >= 0 && i < n; i = selected.nextSetBit(i + 1)) {
            double sx = view.toScreenX(xs[i]);
            double sy = view.toScreenY(ys[i]);
            if (!(sx >= -half && sy >= -half && sx < width + half && sy < height + half)) {
                continue;
            }
            int cx = (int) Math.min(gw - 1, Math.max(0, sx) / cell);
            int cy = (int) Math.min(gh - 1, Math.max(0, sy) / cell);
            int c = cy * gw + cx;
            if (claims[c] == stamp) {
                continue;
            }
            claims[c] = stamp;
            double x0 = Math.round(sx - half);
            double y0 = Math.round(sy - half);
            double x1 = Math.round(sx + half);
            double y1 = Math.round(sy + half);
            out.add(new MoveTo(x0, y0));
            out.add(new LineTo(x1, y0));
            out.add(new LineTo(x1, y1));
            out.add(new LineTo(x0, y1));
            out.add(new ClosePath());
            markers++;
        }
        return markers;
    }
}
