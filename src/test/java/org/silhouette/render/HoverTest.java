package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the hover preview works from: names, where the larger image comes from, where the mouse rests. */
class HoverTest {

    @Test
    void pointsWithoutNamesAreNumberedFromOne() {
        Hover hover = new Hover();
        assertEquals("Image 1", hover.name(0));
        hover.setNames(i -> "file-" + i + ".png");
        assertEquals("file-4.png", hover.name(4));
        hover.setNames(null);
        assertEquals("Image 5", hover.name(4));
    }

    @Test
    void theLargerImageComesFromThePreviewLoaderElseTheThumbnails() {
        Hover hover = new Hover();
        IntFunction<ArgbTile> thumbnails = i -> null;
        IntFunction<ArgbTile> previews = i -> null;
        assertNull(hover.previewsOr(null), "neither: no larger image");
        assertSame(thumbnails, hover.previewsOr(thumbnails));
        hover.setPreviews(previews);
        assertSame(previews, hover.previewsOr(thumbnails));
    }

    @Test
    void theMouseLeavingTheMapLeavesNothingToShow() {
        Hover hover = new Hover();
        assertFalse(hover.hasMouse());
        hover.mouseAt(12, 30);
        assertTrue(hover.hasMouse());
        assertEquals(30, hover.mouseY());
        hover.mouseAt(Double.NaN, Double.NaN);
        assertFalse(hover.hasMouse());
    }
}
