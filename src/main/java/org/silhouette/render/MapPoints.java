package org.silhouette.render;

/**
 * What the renderer draws: the positions on screen now (mid-animation ones included), one palette index
 * per point, and the order to draw in (last on top). Plain arrays, shared by reference with the view.
 */
public final class MapPoints {

    private int count;
    private float[] x = new float[0];
    private float[] y = new float[0];
    private int[] colourIndex = new int[0];
    private int[] palette = {0x808080};
    private int[] drawOrder = new int[0];
    private float spacing = 1;

    public int count() {
        return count;
    }

    public float[] x() {
        return x;
    }

    public float[] y() {
        return y;
    }

    public int[] colourIndex() {
        return colourIndex;
    }

    public int[] palette() {
        return palette;
    }

    public int[] drawOrder() {
        return drawOrder;
    }

    /** Typical distance between neighbouring points, in world units; sizes dots and thumbnails. */
    public float spacing() {
        return spacing;
    }

    /** Takes the arrays as they are (no copy); colours reset to palette entry 0 when the count changes. */
    public void setPositions(float[] newX, float[] newY) {
        checkPaired(newX, newY);
        x = newX;
        y = newY;
        if (newX.length != count) {
            count = newX.length;
            colourIndex = new int[count];
            drawOrder = identity(count);
        }
    }

    public void setSpacing(float worldSpacing) {
        spacing = worldSpacing > 0 && Float.isFinite(worldSpacing) ? worldSpacing : 1;
    }

    public void setColours(int[] indexPerPoint, int[] paletteRgb, int[] order) {
        if (indexPerPoint.length != count || order.length != count) {
            throw new IllegalArgumentException("Colours for " + indexPerPoint.length + " points and an order of "
                    + order.length + ", but the map has " + count);
        }
        colourIndex = indexPerPoint;
        palette = paletteRgb;
        drawOrder = order;
    }

    /** Throws unless there is one y for every x. */
    public static void checkPaired(float[] x, float[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
    }

    public static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
