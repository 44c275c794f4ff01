package org.silhouette.render;

/**
 * Where the map renderer draws: one call per primitive. The raster implements it; tests count calls
 * through it instead of comparing pixels.
 */
public interface DrawTarget {

    int width();

    int height();

    void clear(int rgb);

    /** Radius in pixels of the dots that follow. */
    void setDotRadius(float radius);

    /** One point as a round dot centred on pixel (cx, cy). */
    void dot(int cx, int cy, int rgb);

    /** One thumbnail in a {@code size}-pixel square at (left, top), framed in {@code frameRgb}. */
    void tile(int left, int top, int size, int frameRgb, ArgbTile tile);
}
