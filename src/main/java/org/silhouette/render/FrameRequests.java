package org.silhouette.render;

/**
 * Which parts of the map must be drawn again. Every request made between two frames merges into the next one,
 * and frames are wanted only while a part waits to be drawn or an animation runs; the toolkit's timer asks
 * {@link #take()} on each pulse.
 */
public final class FrameRequests {

    public static final int CANVAS = 1;
    public static final int OVERLAY = 2;
    public static final int MINIMAP_POINTS = 4;
    public static final int MINIMAP_VIEW = 8;
    public static final int HOVER = 16;
    public static final int ALL = CANVAS | OVERLAY | MINIMAP_POINTS | MINIMAP_VIEW | HOVER;

    private int dirty;
    private boolean animating;

    /** Adds the parts in {@code flags} to the next frame. */
    public void request(int flags) {
        dirty |= flags;
    }

    /** While true every pulse is a frame, for animations. */
    public void setAnimating(boolean on) {
        animating = on;
    }

    /** Nothing waits to be drawn and nothing moves. */
    public boolean isIdle() {
        return dirty == 0 && !animating;
    }

    /** The parts to draw in this frame, now cleared (0 while only an animation runs); -1: no frame is wanted. */
    public int take() {
        if (isIdle()) {
            return -1;
        }
        int flags = dirty;
        dirty = 0;
        return flags;
    }
}
