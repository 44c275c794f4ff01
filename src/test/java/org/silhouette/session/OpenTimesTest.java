package org.silhouette.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open's times count from its request, and only the first map counts as the first. */
class OpenTimesTest {

    @Test
    void onlyTheFirstMapAfterTheRequestCounts() throws Exception {
        OpenTimes t = new OpenTimes();
        t.start();
        assertEquals(0, t.firstMapSeconds());
        Thread.sleep(5);
        t.mapShown();
        double first = t.firstMapSeconds();
        assertTrue(first > 0);
        Thread.sleep(5);
        t.mapShown();
        assertEquals(first, t.firstMapSeconds(), "a later map is not the first");
        t.opened();
        assertTrue(t.openSeconds() > first);
        t.start();
        assertEquals(0, t.firstMapSeconds(), "a new request starts again");
        assertEquals(0, t.openSeconds());
    }
}
