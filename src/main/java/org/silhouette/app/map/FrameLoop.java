package org.silhouette.app.map;

import javafx.animation.AnimationTimer;
import org.silhouette.render.FrameRequests;

/**
 * Runs the map's frames on the toolkit's pulses: one frame per pulse for all the requests made since the last
 * ({@link FrameRequests}), and the timer stopped whenever there is nothing to do.
 */
final class FrameLoop {

    /** Does a frame's work; gets the pulse time and the parts to draw, returns parts to draw in the next frame. */
    interface Work {
        int frame(long nowNanos, int dirty);
    }

    private final Work work;
    private final FrameRequests requests = new FrameRequests();
    private boolean running;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            int flags = requests.take();
            if (flags < 0) {
                timer.stop();
                running = false;
            } else {
                requests.request(work.frame(now, flags));
            }
        }
    };

    FrameLoop(Work work) {
        this.work = work;
    }

    /** Draws the parts in {@code flags} ({@link FrameRequests}'s) on the next pulse. */
    void invalidate(int flags) {
        requests.request(flags);
        ensureRunning();
    }

    /** While true the loop runs every pulse, for animations. */
    void setAnimating(boolean on) {
        requests.setAnimating(on);
        if (on) {
            ensureRunning();
        }
    }

    boolean isIdle() {
        return requests.isIdle();
    }

    private void ensureRunning() {
        if (!running) {
            running = true;
            timer.start();
        }
    }
}
