package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MapSelectionTest {

    @Test
    void replaceAddSubtractToggle() {
        MapSelection s = new MapSelection(10);
        s.apply(MapSelection.of(1, 2, 3), MapSelection.Op.REPLACE);
        s.apply(MapSelection.of(3, 4), MapSelection.Op.ADD);
        assertArrayEquals(new int[] {1, 2, 3, 4}, s.toArray());
        s.apply(MapSelection.of(2, 9), MapSelection.Op.SUBTRACT);
        assertArrayEquals(new int[] {1, 3, 4}, s.toArray());
        s.toggle(3);
        s.toggle(7);
        assertArrayEquals(new int[] {1, 4, 7}, s.toArray());
        s.apply(MapSelection.of(0), MapSelection.Op.REPLACE);
        assertArrayEquals(new int[] {0}, s.toArray());
    }

    @Test
    void invertSelectAllClearAndWhere() {
        MapSelection s = new MapSelection(5);
        s.apply(MapSelection.of(0, 3), MapSelection.Op.REPLACE);
        s.invert();
        assertArrayEquals(new int[] {1, 2, 4}, s.toArray());
        s.selectAll();
        assertEquals(5, s.count());
        s.clear();
        assertEquals(0, s.count());
        int[] labels = {2, 0, 2, 1, 2};
        s.selectWhere(i -> labels[i] == 2, MapSelection.Op.REPLACE);
        assertArrayEquals(new int[] {0, 2, 4}, s.toArray());
    }

    @Test
    void listenersHearOnlyRealChanges() {
        MapSelection s = new MapSelection(5);
        AtomicInteger heard = new AtomicInteger();
        s.addListener(sel -> heard.incrementAndGet());
        s.apply(MapSelection.of(1), MapSelection.Op.ADD);
        s.apply(MapSelection.of(1), MapSelection.Op.ADD);
        s.apply(MapSelection.of(3), MapSelection.Op.SUBTRACT);
        s.clear();
        s.clear();
        assertEquals(2, heard.get());
    }

    @Test
    void hitsBeyondTheCountAreDroppedAndShrinkingTrims() {
        MapSelection s = new MapSelection(4);
        s.apply(MapSelection.of(1, 3, 8), MapSelection.Op.REPLACE);
        assertArrayEquals(new int[] {1, 3}, s.toArray());
        s.setItemCount(2);
        assertArrayEquals(new int[] {1}, s.toArray());
        assertThrows(IndexOutOfBoundsException.class, () -> s.toggle(2));
    }

    @Test
    void selectedIsACopy() {
        MapSelection s = new MapSelection(4);
        s.apply(MapSelection.of(1), MapSelection.Op.REPLACE);
        s.selected().set(2);
        assertArrayEquals(new int[] {1}, s.toArray());
    }

    @Test
    void shiftAddsAltSubtractsAndShiftWins() {
        assertEquals(MapSelection.Op.REPLACE, MapSelection.Op.of(false, false));
        assertEquals(MapSelection.Op.ADD, MapSelection.Op.of(true, false));
        assertEquals(MapSelection.Op.SUBTRACT, MapSelection.Op.of(false, true));
        assertEquals(MapSelection.Op.ADD, MapSelection.Op.of(true, true));
    }
}
