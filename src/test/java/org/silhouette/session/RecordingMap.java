package org.silhouette.session;

import org.silhouette.render.ArgbTile;
import org.silhouette.render.MapDisplay;
import org.silhouette.render.MapFraming;
import org.silhouette.render.MapSelection;
import org.silhouette.render.TileStore;
import org.silhouette.render.Viewport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** A map that only records what it was given. */
final class RecordingMap implements MapDisplay {
    final MapSelection selection = new MapSelection(0);
    final Viewport viewport = new Viewport();
    final MapFraming framing = new MapFraming(viewport);
    final List<Boolean> glides = new ArrayList<>();
    int[] labels;
    int[] suggestions;
    float[] silhouette;

    RecordingMap() {
        viewport.setSize(400, 300);
    }

    @Override
    public void setPoints(float[] x, float[] y, boolean animate) {
        glides.add(animate);
        selection.setItemCount(x.length);
    }

    @Override
    public void setLabels(int[] labelIds, List<String> names) {
        labels = labelIds;
    }

    @Override
    public void setLabelColours(int[] rgbByClass) {
    }

    @Override
    public void setSuggestions(int[] suggestedIds, float[] confidences) {
        suggestions = suggestedIds;
    }

    @Override
    public void setSilhouette(float[] perPoint) {
        silhouette = perPoint;
    }

    @Override
    public void setThumbnails(TileStore.Loader loader, long byteBudget, int threads) {
    }

    @Override
    public void setPreviewLoader(IntFunction<ArgbTile> loader) {
    }

    @Override
    public void setItemNames(IntFunction<String> names) {
    }

    @Override
    public MapSelection selectionModel() {
        return selection;
    }

    @Override
    public MapFraming framing() {
        return framing;
    }
}
