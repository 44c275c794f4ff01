package org.silhouette.render;

import java.util.ArrayList;
import java.util.List;

/** A draw target that only counts and remembers primitives: the seam tests look through. */
public final class CountingTarget implements DrawTarget {
    final int width;
    final int height;
    int clears;
    public int dots;
    int tiles;
    final List<int[]> dotCentres = new ArrayList<>();
    final List<int[]> tileBoxes = new ArrayList<>();

    public CountingTarget(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void clear(int rgb) {
        clears++;
    }

    @Override
    public void setDotRadius(float radius) {
    }

    @Override
    public void dot(int cx, int cy, int rgb) {
        dots++;
        dotCentres.add(new int[] {cx, cy, rgb});
    }

    @Override
    public void tile(int left, int top, int size, int frameRgb, ArgbTile tile) {
        tiles++;
        tileBoxes.add(new int[] {left, top, size, frameRgb});
    }
}
