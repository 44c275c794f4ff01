package org.silhouette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameRequestsTest {

    @Test
    void requestsBetweenFramesMergeIntoOneAndAreTakenOnce() {
        FrameRequests r = new FrameRequests();
        assertTrue(r.isIdle());
        assertEquals(-1, r.take(), "no frame wanted");
        r.request(FrameRequests.CANVAS);
        r.request(FrameRequests.HOVER);
        r.request(FrameRequests.CANVAS);
        assertFalse(r.isIdle());
        assertEquals(FrameRequests.CANVAS | FrameRequests.HOVER, r.take());
        assertTrue(r.isIdle());
        assertEquals(-1, r.take());
    }

    @Test
    void anAnimationWantsAFrameEveryPulseUntilItEnds() {
        FrameRequests r = new FrameRequests();
        r.setAnimating(true);
        assertEquals(0, r.take(), "a frame with nothing else requested");
        assertEquals(0, r.take());
        r.request(FrameRequests.OVERLAY);
        assertEquals(FrameRequests.OVERLAY, r.take());
        r.setAnimating(false);
        assertEquals(-1, r.take());
    }

    @Test
    void allCoversEveryPart() {
        for (int part : new int[] {FrameRequests.CANVAS, FrameRequests.OVERLAY, FrameRequests.MINIMAP_POINTS,
                FrameRequests.MINIMAP_VIEW, FrameRequests.HOVER}) {
            assertEquals(part, FrameRequests.ALL & part);
        }
    }
}
