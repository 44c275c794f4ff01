package org.silhouette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ViewportTest {

    private static Viewport view(double w, double h) {
        Viewport v = new Viewport();
        v.setSize(w, h);
        return v;
    }

    @Test
    void transformsAndInvertsByHand() {
        Viewport v = view(100, 100);
        v.set(2, 10, -5);
        assertEquals(2 * 3 + 10, v.toScreenX(3), 1e-12);
        assertEquals(2 * 4 - 5, v.toScreenY(4), 1e-12);
        assertEquals(3, v.toWorldX(16), 1e-12);
        assertEquals(4, v.toWorldY(3), 1e-12);
    }

    @Test
    void zoomKeepsTheWorldPointUnderTheCursor() {
        Viewport v = view(800, 600);
        v.set(3, 17, 40);
        double wx = v.toWorldX(250);
        double wy = v.toWorldY(130);
        v.zoomAbout(250, 130, 1.7);
        assertEquals(5.1, v.scale(), 1e-12);
        assertEquals(250, v.toScreenX(wx), 1e-9);
        assertEquals(130, v.toScreenY(wy), 1e-9);
        // by hand: offset = cursor - world * newScale
        assertEquals(250 - wx * 5.1, v.offsetX(), 1e-9);
    }

    @Test
    void zoomStopsAtTheLimitsAndStillKeepsTheCursorPoint() {
        Viewport v = view(800, 600);
        v.setScaleLimits(0.5, 4);
        v.set(3, 0, 0);
        double wx = v.toWorldX(100);
        v.zoomAbout(100, 100, 10);
        assertEquals(4, v.scale(), 1e-12);
        assertEquals(100, v.toScreenX(wx), 1e-9);
        v.zoomAbout(100, 100, 0.001);
        assertEquals(0.5, v.scale(), 1e-12);
    }

    @Test
    void fitCentresTheBoxWithTheMargin() {
        Viewport v = view(400, 300);
        v.fit(-1, 0, 3, 1, 20); // box 4 x 1; width-limited: (400-40)/4 = 90, height allows 260
        assertEquals(90, v.scale(), 1e-12);
        assertEquals(20, v.toScreenX(-1), 1e-9);
        assertEquals(380, v.toScreenX(3), 1e-9);
        assertEquals(150, v.toScreenY(0.5), 1e-9);
    }

    @Test
    void fitOfOnePointCentresItAtTheCurrentScale() {
        Viewport v = view(400, 300);
        v.set(7, 0, 0);
        v.fit(2, 2, 2, 2, 10);
        assertEquals(7, v.scale(), 1e-12);
        assertEquals(200, v.toScreenX(2), 1e-9);
        assertEquals(150, v.toScreenY(2), 1e-9);
    }

    @Test
    void resizeKeepsTheCentre() {
        Viewport v = view(400, 300);
        v.set(2, 13, 29);
        double cx = v.toWorldX(200);
        double cy = v.toWorldY(150);
        v.setSize(600, 100);
        assertEquals(cx, v.toWorldX(300), 1e-9);
        assertEquals(cy, v.toWorldY(50), 1e-9);
    }

    @Test
    void panMovesByScreenPixelsAndNotifies() {
        Viewport v = view(100, 100);
        int[] changes = {0};
        v.addListener(() -> changes[0]++);
        v.set(2, 0, 0);
        v.panBy(5, -3);
        assertEquals(5, v.toScreenX(0), 1e-12);
        assertEquals(-3, v.toScreenY(0), 1e-12);
        assertEquals(2, changes[0]);
        v.panBy(0, 0);
        assertEquals(2, changes[0]);
    }

    @Test
    void rejectsBadLimits() {
        Viewport v = view(10, 10);
        assertThrows(IllegalArgumentException.class, () -> v.setScaleLimits(0, 1));
        assertThrows(IllegalArgumentException.class, () -> v.setScaleLimits(2, 1));
        assertThrows(IllegalArgumentException.class, () -> v.set(-1, 0, 0));
    }
}
