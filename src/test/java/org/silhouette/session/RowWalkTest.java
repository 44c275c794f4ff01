package org.silhouette.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RowWalkTest {

    @Test
    void aSelectedRowWalksThroughTheSelectionWrappingAround() {
        RowWalk w = RowWalk.from(7, new int[] {2, 7, 9}, 10);
        assertEquals(7, w.row());
        assertEquals("2 of 3 selected images", w.where());
        w.step(1);
        assertEquals(9, w.row());
        w.step(1);
        assertEquals(2, w.row(), "past the last selected row: the first");
        w.step(-1);
        assertEquals(9, w.row());
    }

    @Test
    void anUnselectedRowWalksThroughEveryRowInFolderOrder() {
        RowWalk w = RowWalk.from(0, new int[] {2, 7}, 1_200);
        assertEquals("1 of 1,200 images, in folder order", w.where());
        w.step(-1);
        assertEquals(1_199, w.row());
        assertThrows(IllegalArgumentException.class, () -> RowWalk.from(1_200, new int[0], 1_200));
    }

    @Test
    void spaceOnNoPointOpensTheFirstSelectedRowAndNothingWithoutASelection() {
        assertEquals(2, RowWalk.opening(-1, new int[] {2, 7}, 10).row());
        assertEquals("1 of 2 selected images", RowWalk.opening(-1, new int[] {2, 7}, 10).where());
        assertEquals(5, RowWalk.opening(5, new int[] {2, 7}, 10).row(), "a row under the cursor wins");
        assertNull(RowWalk.opening(-1, new int[0], 10), "nothing selected: nothing to show");
        assertNull(RowWalk.opening(10, new int[0], 10), "a row the map no longer has");
        assertNull(RowWalk.opening(0, new int[0], 0), "an empty map");
    }
}
