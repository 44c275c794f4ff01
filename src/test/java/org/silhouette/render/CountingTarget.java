package org.silhouette.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A draw target that only remembers primitives, the seam tests look through: the colour of each clear, each dot's
 * {cx, cy, rgb} and each tile's {left, top, size, frameRgb}, in the order drawn.
 */
public record CountingTarget(int width, int height, List<Integer> clears, List<int[]> dotCentres,
        List<int[]> tileBoxes) implements DrawTarget {

    public CountingTarget(int width, int height) {
        this(width, height, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    public int dots() {
        return dotCentres.size();
    }

    public int tiles() {
        return tileBoxes.size();
    }

    @Override
    public void clear(int rgb) {
        clears.add(rgb);
    }

    @Override
    public void setDotRadius(float radius) {
    }

    @Override
    public void dot(int cx, int cy, int rgb) {
        dotCentres.add(new int[] {cx, cy, rgb});
    }

    @Override
    public void tile(int left, int top, int size, int frameRgb, ArgbTile tile) {
        tileBoxes.add(new int[] {left, top, size, frameRgb});
    }
}
