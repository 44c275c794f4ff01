package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.project.ImageRecord;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.ProjectStore;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a new map, an analysis and new labels change of what the window's map shows. */
class ShownMapTest {

    private static MapSnapshot map(int[] images, float... xy) {
        float[] x = new float[images.length];
        float[] y = new float[images.length];
        for (int r = 0; r < images.length; r++) {
            x[r] = xy[2 * r];
            y[r] = xy[2 * r + 1];
        }
        return new MapSnapshot(new Rows(images), x, y, null, null, null, null, "");
    }

    @Test
    void theSameRowsGlideAndKeepTheirSuggestionsWhileOtherRowsDropThem() {
        ShownMap shown = new ShownMap();
        assertFalse(shown.moveTo(null, map(new int[] {0, 1}, 0, 0, 1, 1)), "the first map brings rows");
        MapSnapshot first = map(new int[] {0, 1}, 0, 0, 1, 1);
        assertTrue(shown.analysed(null, first.withAnalysis(new int[] {-1, 4}, new float[] {0, 0.5f}, null, null)));
        assertArrayEquals(new int[] {-1, 4}, shown.shown().suggested());

        assertTrue(shown.moveTo(null, map(new int[] {0, 1}, 2, 2, 3, 3)), "the same images glide");
        assertArrayEquals(new float[] {2, 3}, shown.x());
        assertArrayEquals(new int[] {-1, 4}, shown.shown().suggested(), "the suggestions are still for these rows");

        assertFalse(shown.moveTo(null, map(new int[] {1, 2, 0}, 0, 0, 1, 1, 2, 2)));
        assertNull(shown.shown().suggested(), "the suggestions were for the old rows");
        assertEquals(3, shown.rows().count());
    }

    @Test
    void anAnalysisOfOtherRowsIsIgnored() {
        ShownMap shown = new ShownMap();
        shown.moveTo(null, map(new int[] {0, 1}, 0, 0, 1, 1));
        MapSnapshot old = map(new int[] {1, 0}, 0, 0, 1, 1).withAnalysis(new int[] {3, 3}, new float[2], null, null);
        assertFalse(shown.analysed(null, old));
        assertNull(shown.shown().suggested());
    }

    @Test
    void theReviewViewsRowsAreMadeAgainAfterEachChangeOnly() {
        ShownMap shown = new ShownMap();
        shown.moveTo(null, map(new int[] {0, 1}, 0, 0, 1, 1));
        ShownRows before = shown.shownRows();
        assertSame(before, shown.shownRows());
        shown.moveTo(null, map(new int[] {0, 1}, 5, 5, 6, 6)); // only coordinates: the same rows
        assertSame(before, shown.shownRows());
        shown.analysed(null, map(new int[] {0, 1}, 5, 5, 6, 6).withAnalysis(new int[] {1, 1}, new float[2], null,
                null));
        assertNotSame(before, shown.shownRows());
    }

    @Test
    void labelsFollowTheirImagesIntoNewRows(@TempDir Path dir) {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            store.syncImages(List.of(ImageRecord.of("a.png"), ImageRecord.of("b.png"), ImageRecord.of("c.png")), true);
            LabelInfo cat = store.createLabel("cat");
            store.assign(new int[] {2}, cat.id());
            ShownMap shown = new ShownMap();
            shown.moveTo(null, map(new int[] {0, 2}, 0, 0, 1, 1));
            assertTrue(shown.labelsChanged(store.snapshot()));
            assertArrayEquals(new int[] {-1, cat.id()}, shown.shown().labelOfRow());
            store.renameLabel(cat.id(), "kitten");
            assertFalse(shown.labelsChanged(store.snapshot()), "a rename changes no row's label");
            shown.moveTo(null, map(new int[] {2, 1, 0}, 0, 0, 1, 1, 2, 2));
            assertArrayEquals(new int[] {cat.id(), -1, -1}, shown.shown().labelOfRow());
        }
    }

    @Test
    void rowsOfImagesLeaveOutImagesNotOnTheMap() {
        ShownMap shown = new ShownMap();
        shown.moveTo(null, map(new int[] {4, 7}, 0, 0, 1, 1));
        BitSet rows = shown.rowsOf(new int[] {7, 5});
        assertEquals(BitSet.valueOf(new long[] {0b10}), rows);
        shown.clear();
        assertTrue(shown.rowsOf(new int[] {7}).isEmpty());
        assertEquals(0, shown.x().length);
    }
}
