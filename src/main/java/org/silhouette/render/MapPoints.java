package org.silhouette.render;

/**
 * What the renderer draws: the positions on screen now (mid-animation ones included), one palette index
 * per point, the order to draw in (last on top) and which points are dimmed (drawn faint, beneath the
 * others: a filter's non-matches). Plain arrays, shared by reference with the view.
 */
public final class MapPoints {

    private int count;
    private float[] x = new float[0];
    private float[] y = new float[0];
    private int[] colourIndex = new int[0];
    private int[] palette = {0x808080};
    private int[] drawOrder = new int[0];
    /** The order the colours asked for, before the dimmed points are moved beneath the rest. */
    private int[] colourOrder = new int[0];
    private boolean[] dimmed;
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

    /** True per dimmed point; null when none is. */
    public boolean[] dimmed() {
        return dimmed;
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
            colourOrder = drawOrder;
            dimmed = null;
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
        colourOrder = order;
        drawOrder = dimmedBeneath(order, dimmed);
    }

    /** Dims the points whose entry is true (null: none); kept by reference until the count changes. */
    public void setDimmed(boolean[] mask) {
        if (mask != null && mask.length != count) {
            throw new IllegalArgumentException("A dim mask for " + mask.length + " points, but the map has " + count);
        }
        dimmed = mask;
        drawOrder = dimmedBeneath(colourOrder, mask);
    }

    /** The same order with the dimmed points first (drawn beneath), each part keeping its own order. */
    private static int[] dimmedBeneath(int[] order, boolean[] mask) {
        if (mask == null) {
            return order;
        }
        int[] out = new int[order.length];
        int k = 0;
        for (int i : order) {
            if (mask[i]) {
                out[k++] = i;
            }
        }
        for (int i : order) {
            if (!mask[i]) {
                out[k++] = i;
            }
        }
        return out;
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
