package org.silhouette.app.map;

import javafx.animation.AnimationTimer;

/**
 * Merges every repaint request made between two pulses into one piece of work on the next pulse, and
 * runs only while there is something to do (a dirty flag or a running animation).
 */
final class FrameLoop {

    static final int CANVAS = 1;
    static final int OVERLAY = 2;
    static final int MINIMAP_POINTS = 4;
    static final int MINIMAP_VIEW = 8;
    static final int HOVER = 16;
    static final int ALL = CANVAS | OVERLAY | MINIMAP_POINTS | MINIMAP_VIEW | HOVER;

    /** Does a frame's work; gets the pulse time and the dirty flags, returns flags to keep for the next pulse. */
    interface Work {
        int frame(long nowNanos, int dirty);
    }

    private final Work work;
    private int dirty;
    private boolean running;
    private boolean animating;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };

    FrameLoop(Work work) {
        this.work = work;
    }

    void invalidate(int flags) {
        dirty |= flags;
        ensureRunning();
    }

    /** While true the loop runs every pulse, for animations. */
    void setAnimating(boolean on) {
        animating = on;
        if (on) {
            ensureRunning();
        }
    }

    boolean isIdle() {
        return dirty == 0 && !animating;
    }

    private void ensureRunning() {
        if (!running) {
            running = true;
            timer.start();
        }
    }

    private void tick(long now) {
        if (dirty == 0 && !animating) {
            timer.stop();
            running = false;
            return;
        }
        int flags = dirty;
        dirty = 0;
        dirty |= work.frame(now, flags);
    }
}
