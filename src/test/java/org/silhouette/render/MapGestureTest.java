package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What presses, drags, releases and Space mean on the map, and which points a lasso or rectangle takes. */
class MapGestureTest {

    private static Viewport view() {
        Viewport v = new Viewport();
        v.setSize(100, 100);
        v.set(1, 0, 0);
        return v;
    }

    @Test
    void aLeftDragDrawsALassoAndAShortOneIsAClick() {
        MapGesture g = new MapGesture();
        assertEquals(MapGesture.Kind.SELECT, g.press(true, false, 10, 10, false, false, false));
        g.drag(12, 11, view());
        assertFalse(g.moved(), "under the slop it is still a click");
        assertEquals(MapGesture.Kind.SELECT, g.release(12, 11));
        assertEquals(MapGesture.Kind.NONE, g.kind());

        g.press(true, false, 10, 10, false, false, false);
        g.drag(30, 10, view());
        assertTrue(g.moved());
        g.release(30, 30);
        assertEquals(3, g.lasso().vertexCount(), "the release closes the lasso where it was let go");
    }

    @Test
    void rightOrMiddleOrSpacePlusLeftPansByTheMovement() {
        MapGesture g = new MapGesture();
        Viewport v = view();
        assertEquals(MapGesture.Kind.PAN, g.press(false, true, 0, 0, false, false, false));
        g.drag(5, 7, v);
        g.drag(8, 7, v);
        assertEquals(8, v.offsetX(), 1e-9);
        assertEquals(7, v.offsetY(), 1e-9);
        g.release(8, 7);
        g.spacePressed(0);
        assertEquals(MapGesture.Kind.PAN, g.press(true, false, 0, 0, false, false, false));
        assertEquals(MapGesture.Kind.NONE, new MapGesture().press(false, false, 0, 0, false, false, false),
                "another button starts nothing");
    }

    @Test
    void shiftOrAltAtThePressOrTheReleaseAddOrSubtract() {
        MapGesture g = new MapGesture();
        g.press(true, false, 0, 0, true, false, false);
        assertEquals(MapSelection.Op.ADD, g.op(false, false));
        g.press(true, false, 0, 0, false, false, false);
        assertEquals(MapSelection.Op.SUBTRACT, g.op(false, true));
        assertEquals(MapSelection.Op.REPLACE, g.op(false, false));
    }

    @Test
    void aShortSpaceWithNothingDraggedIsATap() {
        MapGesture g = new MapGesture();
        g.spacePressed(0);
        g.spacePressed(1_000); // a key repeat does not restart it
        assertTrue(g.spaceReleased(MapGesture.SPACE_TAP_NANOS - 1));
        g.spacePressed(0);
        assertFalse(g.spaceReleased(MapGesture.SPACE_TAP_NANOS), "held long, it meant to pan");
        g.spacePressed(0);
        g.press(true, false, 0, 0, false, false, false); // a pan with Space held
        g.release(0, 0);
        assertFalse(g.spaceReleased(10), "it panned");
    }

    @Test
    void escDropsOnlyALassoBeingDrawn() {
        MapGesture g = new MapGesture();
        assertFalse(g.cancelLasso());
        g.press(true, false, 0, 0, false, false, false);
        assertTrue(g.cancelLasso());
        assertEquals(MapGesture.Kind.NONE, g.kind());
    }

    @Test
    void aLassoSkipsTinyStepsAndTakesThePointsInsideAsARectangleDoes() {
        LassoPath lasso = new LassoPath();
        lasso.begin(0, 0, false);
        lasso.extend(1, 1);
        assertEquals(1, lasso.vertexCount(), "closer than two pixels to the last vertex");
        lasso.extend(20, 0);
        lasso.extend(20, 20);
        lasso.extend(0, 20);
        PointMotion points = new PointMotion();
        points.moveTo(new float[] {5, 30, 15}, new float[] {5, 5, 15}, false);
        BitSet inside = new BitSet();
        inside.set(0);
        inside.set(2);
        assertEquals(inside, lasso.inside(points, view()));

        LassoPath box = new LassoPath();
        box.begin(16, 16, true);
        box.extend(10, 10);
        assertTrue(box.isRectangle());
        assertEquals(BitSet.valueOf(new long[] {0b100}), box.inside(points, view()), "either corner may come first");
    }
}
