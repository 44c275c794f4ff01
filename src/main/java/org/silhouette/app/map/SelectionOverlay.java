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
import org.silhouette.render.SelectionMarkers;
import org.silhouette.render.Viewport;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The selected points as scene-graph nodes above the canvas: the square markers of {@link SelectionMarkers},
 * white over a dark halo so they read on any colour. Selecting never repaints the canvas; this rebuilds at
 * most once per pulse.
 */
final class SelectionOverlay extends Group {

    private final Path halo = new Path();
    private final Path marks = new Path();
    private final SelectionMarkers markers = new SelectionMarkers();
    private final BitSet drawnAsThumbnails = new BitSet(); // what the markers were placed for, and their edge
    private int edge;
    private final BitSet latest = new BitSet();

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
        return markers.count();
    }

    /**
     * Whether the canvas's last frame drew other points as thumbnails, or at another size, than the markers were
     * placed for: only then does a repaint that left the view alone (a tile arriving) need new markers.
     */
    boolean thumbnailsChanged(MapCanvas canvas) {
        return canvas.thumbnailsDrawn(latest) != edge || !latest.equals(drawnAsThumbnails);
    }

    /** Markers for the selection as the canvas last drew it, a thumbnail's around the whole thumbnail. */
    void rebuild(MapPoints points, Viewport view, BitSet selected, MapCanvas canvas, boolean thumbnails) {
        edge = canvas.thumbnailsDrawn(drawnAsThumbnails);
        markers.place(points, view, selected, canvas.settings(), thumbnails, drawnAsThumbnails, edge);
        double[] b = markers.boxes();
        List<PathElement> elements = new ArrayList<>(5 * markers.count());
        for (int k = 0; k < 4 * markers.count(); k += 4) {
            elements.add(new MoveTo(b[k], b[k + 1]));
            elements.add(new LineTo(b[k + 2], b[k + 1]));
            elements.add(new LineTo(b[k + 2], b[k + 3]));
            elements.add(new LineTo(b[k], b[k + 3]));
            elements.add(new ClosePath());
        }
        halo.getElements().setAll(elements);
        marks.getElements().setAll(elements);
    }
}
