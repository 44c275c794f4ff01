package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marking images in the gallery, taking them out of the selection, and what Enter previews. */
class GalleryMarksTest {

    @Test
    void aClickMarksAndAgainUnmarksAndDeleteTakesTheMarkedOnesOut() {
        GalleryMarks m = new GalleryMarks();
        m.click(3);
        m.click(5);
        m.click(5);
        assertTrue(m.isMarked(3));
        assertFalse(m.isMarked(5));
        assertTrue(m.isCurrent(5), "the image clicked last is current, marked or not");
        assertEquals("4 selected images, 1 marked", m.title(4));
        assertEquals(BitSet.valueOf(new long[] {1 << 3}), m.takeOut());
        assertFalse(m.isMarked(3), "taken out, the marks are gone");
        assertEquals(BitSet.valueOf(new long[] {1 << 5}), m.takeOut(), "none marked: the current one goes");
    }

    @Test
    void aDoubleClickOpensWithoutMarking() {
        GalleryMarks m = new GalleryMarks();
        m.click(2); // the first click of the double click
        m.opened(2);
        assertFalse(m.isMarked(2));
        assertEquals("1 selected image", m.title(1));
        assertEquals("Nothing selected: draw a lasso on the map", m.title(0));
    }

    @Test
    void marksOfImagesThatLeftTheSelectionAreDropped() {
        GalleryMarks m = new GalleryMarks();
        m.click(1);
        m.click(7);
        BitSet selected = new BitSet();
        selected.set(7);
        m.keepOnly(selected);
        assertFalse(m.isMarked(1));
        assertTrue(m.isMarked(7));
    }

    @Test
    void enterPreviewsTheCurrentImageWhenShownElseTheFirst() {
        GalleryMarks m = new GalleryMarks();
        assertEquals(-1, m.toPreview(List.of()));
        assertEquals(4, m.toPreview(List.of(4, 9)));
        m.click(9);
        assertEquals(9, m.toPreview(List.of(4, 9)));
        assertEquals(4, m.toPreview(List.of(4)), "the current image left the selection");
    }
}
