package org.silhouette.render;

import java.util.List;
import java.util.function.IntFunction;

/**
 * What a map view takes from whoever fills it with a project's rows: arrays indexed by point (the map's rows),
 * the thumbnails and names, and its selection and framing to act on. The view keeps the arrays it is given except
 * positions, which it copies; pass new arrays to change them. One thread (the toolkit's).
 */
public interface MapDisplay {

    /** New coordinates; copied. With the same number of points as before they glide if {@code animate}. */
    void setPoints(float[] x, float[] y, boolean animate);

    /** Class id per point ({@code -1} = unlabelled) and the class names; colours default per class. */
    void setLabels(int[] labelIds, List<String> names);

    /** Overrides the colour of each class (0xRRGGBB, by class id); null for the defaults. */
    void setLabelColours(int[] rgbByClass);

    /** Suggested class per point ({@code -1} = none) with its confidence in [0, 1] (NaN = none). */
    void setSuggestions(int[] suggestedIds, float[] confidences);

    /** Per-point silhouette in [-1, 1] (NaN = not computed). */
    void setSilhouette(float[] perPoint);

    /**
     * Thumbnails for zoomed-in views, loaded on {@code threads} background threads into an LRU of
     * {@code byteBudget} bytes; null for dots only.
     */
    void setThumbnails(TileStore.Loader loader, long byteBudget, int threads);

    /** A larger image for the hover preview, loaded off the toolkit's thread; null to show the thumbnail. */
    void setPreviewLoader(IntFunction<ArgbTile> loader);

    /** Names shown on hover, e.g. the file name. */
    void setItemNames(IntFunction<String> names);

    /** The selected points; it survives new coordinates. */
    MapSelection selectionModel();

    /** What the viewport frames: the whole map, zoom limits, chosen points brought into view. */
    MapFraming framing();
}
