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

    /** A viewport of that size with {@code screen = world * scale + offset}. */
    private static Viewport view(double w, double h, double scale, double offsetX, double offsetY) {
        Viewport v = view(w, h);
        v.set(scale, offsetX, offsetY);
        return v;
    }

    /** The world point under a screen point, as {x, y}. */
    private static double[] worldAt(Viewport v, double screenX, double screenY) {
        return new double[] {v.toWorldX(screenX), v.toWorldY(screenY)};
    }

    private static void assertToScreen(Viewport v, double worldX, double worldY, double screenX, double screenY,
            double tolerance) {
        assertEquals(screenX, v.toScreenX(worldX), tolerance);
        assertEquals(screenY, v.toScreenY(worldY), tolerance);
    }

    private static void assertToWorld(Viewport v, double screenX, double screenY, double worldX, double worldY,
            double tolerance) {
        assertEquals(worldX, v.toWorldX(screenX), tolerance);
        assertEquals(worldY, v.toWorldY(screenY), tolerance);
    }

    @Test
    void transformsAndInvertsByHand() {
        Viewport v = view(100, 100, 2, 10, -5);
        assertToScreen(v, 3, 4, 2 * 3 + 10, 2 * 4 - 5, 1e-12);
        assertToWorld(v, 16, 3, 3, 4, 1e-12);
    }

    @Test
    void zoomKeepsTheWorldPointUnderTheCursor() {
        Viewport v = view(800, 600, 3, 17, 40);
        double[] cursor = worldAt(v, 250, 130);
        v.zoomAbout(250, 130, 1.7);
        assertEquals(5.1, v.scale(), 1e-12);
        assertToScreen(v, cursor[0], cursor[1], 250, 130, 1e-9);
        // by hand: offset = cursor - world * newScale
        assertEquals(250 - cursor[0] * 5.1, v.offsetX(), 1e-9);
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
        Viewport v = view(400, 300, 7, 0, 0);
        v.fit(2, 2, 2, 2, 10);
        assertEquals(7, v.scale(), 1e-12);
        assertToScreen(v, 2, 2, 200, 150, 1e-9);
    }

    @Test
    void resizeKeepsTheCentre() {
        Viewport v = view(400, 300, 2, 13, 29);
        double[] centre = worldAt(v, 200, 150);
        v.setSize(600, 100);
        assertToWorld(v, 300, 50, centre[0], centre[1], 1e-9);
    }

    @Test
    void panMovesByScreenPixelsAndNotifies() {
        Viewport v = view(100, 100);
        int[] changes = {0};
        v.addListener(() -> changes[0]++);
        v.set(2, 0, 0);
        v.panBy(5, -3);
        assertToScreen(v, 0, 0, 5, -3, 1e-12);
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
