package org.silhouette.render;

import java.util.function.IntFunction;

/**
 * What the map's hover preview works from, without a toolkit: where the mouse rests over the map (NaN when it
 * is outside, or drawing a lasso), each point's name, and where a point's larger image comes from.
 */
public final class Hover {

    private IntFunction<String> names = Hover::numbered;
    private IntFunction<ArgbTile> previews;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    /** Names shown on hover, e.g. the file name; null numbers the points instead. */
    public void setNames(IntFunction<String> names) {
        this.names = names == null ? Hover::numbered : names;
    }

    public String name(int point) {
        return names.apply(point);
    }

    /** A larger image for the preview; null to enlarge the thumbnail instead. */
    public void setPreviews(IntFunction<ArgbTile> loader) {
        previews = loader;
    }

    /** Where a point's larger image comes from: the preview loader, else {@code thumbnails} (null: nowhere). */
    public IntFunction<ArgbTile> previewsOr(IntFunction<ArgbTile> thumbnails) {
        return previews != null ? previews : thumbnails;
    }

    public void mouseAt(double x, double y) {
        mouseX = x;
        mouseY = y;
    }

    public boolean hasMouse() {
        return !Double.isNaN(mouseX);
    }

    public double mouseX() {
        return mouseX;
    }

    public double mouseY() {
        return mouseY;
    }

    private static String numbered(int point) {
        return "Image " + (point + 1);
    }
}
