package org.silhouette.render;

/**
 * The world-to-screen transform of the map: {@code screen = world * scale + offset}, y pointing down on
 * both. Mutable, FX-free and cheap to copy, so the renderer and the tests work on plain numbers.
 */
public final class Viewport {

    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double width;
    private double height;
    private double minScale = 1e-9;
    private double maxScale = 1e9;
    private final java.util.List<Runnable> listeners = new java.util.ArrayList<>();

    public double scale() {
        return scale;
    }

    public double offsetX() {
        return offsetX;
    }

    public double offsetY() {
        return offsetY;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Called after every change of scale or offset. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        for (Runnable r : java.util.List.copyOf(listeners)) {
            r.run();
        }
    }

    public double toScreenX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double toScreenY(double worldY) {
        return worldY * scale + offsetY;
    }

    public double toWorldX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double toWorldY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    /** Sets the zoom limits, as scales. */
    public void setScaleLimits(double min, double max) {
        if (!(min > 0) || !(max >= min)) {
            throw new IllegalArgumentException("Scale limits must satisfy 0 < min <= max, got " + min + ", " + max);
        }
        minScale = min;
        maxScale = max;
        double clamped = clamp(scale);
        if (clamped != scale) {
            zoomAbout(width / 2, height / 2, clamped / scale);
        }
    }

    public double minScale() {
        return minScale;
    }

    public double maxScale() {
        return maxScale;
    }

    /** Multiplies the scale by {@code factor}, keeping the world point under (screenX, screenY) where it is. */
    public void zoomAbout(double screenX, double screenY, double factor) {
        double newScale = clamp(scale * factor);
        if (newScale == scale) {
            return;
        }
        double worldX = toWorldX(screenX);
        double worldY = toWorldY(screenY);
        scale = newScale;
        offsetX = screenX - worldX * scale;
        offsetY = screenY - worldY * scale;
        changed();
    }

    public void panBy(double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return;
        }
        offsetX += dx;
        offsetY += dy;
        changed();
    }

    /** Puts world point (worldX, worldY) at the centre of the screen. */
    public void centreOn(double worldX, double worldY) {
        offsetX = width / 2 - worldX * scale;
        offsetY = height / 2 - worldY * scale;
        changed();
    }

    /** Resizes the screen, keeping the world point at the centre where it was. */
    public void setSize(double newWidth, double newHeight) {
        if (newWidth == width && newHeight == height) {
            return;
        }
        offsetX += (newWidth - width) / 2;
        offsetY += (newHeight - height) / 2;
        width = newWidth;
        height = newHeight;
        changed();
    }

    /**
     * Shows the world box [minX, maxX] × [minY, maxY] as large as fits with {@code margin} screen pixels
     * on every side, centred. A degenerate box (one point) is shown at the current scale.
     */
    public void fit(double minX, double minY, double maxX, double maxY, double margin) {
        double boxW = maxX - minX;
        double boxH = maxY - minY;
        double availW = Math.max(1, width - 2 * margin);
        double availH = Math.max(1, height - 2 * margin);
        double s;
        if (boxW <= 0 && boxH <= 0) {
            s = scale;
        } else if (boxW <= 0) {
            s = availH / boxH;
        } else if (boxH <= 0) {
            s = availW / boxW;
        } else {
            s = Math.min(availW / boxW, availH / boxH);
        }
        scale = clamp(s);
        offsetX = width / 2 - (minX + maxX) / 2 * scale;
        offsetY = height / 2 - (minY + maxY) / 2 * scale;
        changed();
    }

    /** Sets every number at once (restoring a saved view, tests). */
    public void set(double newScale, double newOffsetX, double newOffsetY) {
        if (!(newScale > 0)) {
            throw new IllegalArgumentException("Scale must be positive, got " + newScale);
        }
        scale = newScale;
        offsetX = newOffsetX;
        offsetY = newOffsetY;
        changed();
    }

    private double clamp(double s) {
        return Math.max(minScale, Math.min(maxScale, s));
    }
}
