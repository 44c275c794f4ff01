package org.silhouette.app.demo;

import org.silhouette.app.map.ArgbTile;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Everything the temporary demo window shows: coordinates, names, thumbnails and (synthetic) label
 * arrays. Replaced by the project store and the labelling session once those land.
 */
public record DemoDataset(String title, int count, float[] x, float[] y, float[] altX, float[] altY,
        IntFunction<String> names, IntFunction<ArgbTile> thumbnails, IntFunction<ArgbTile> previews, List<String> classNames, int[] labels,
        int[] suggested, float[] confidence, float[] silhouette, Runnable closer) {
}
