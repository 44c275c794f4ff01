package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapFilterTest {

    /** Six rows showing images 10..15: two of label 7, one of label 9, three unlabelled with suggestions. */
    private static final Rows ROWS = new Rows(new int[] {10, 11, 12, 13, 14, 15});
    private static final ShownRows SHOWN = new ShownRows(ROWS, new int[] {7, 7, 9, -1, -1, -1},
            new int[] {7, 7, 9, 7, 9, -1}, new float[] {1, 1, 1, 0.9f, 0.3f, 0});
    private static final String[] NAMES = {"cats/a.jpg", "cats/B.jpg", "dogs/c.jpg", "dogs/d.jpg", "x/Cat.png",
            "x/f.png"};

    private static BitSet matches(MapFilter f, Map<Integer, Integer> doubtful) {
        return f.matches(SHOWN, image -> NAMES[image - 10], doubtful);
    }

    private static BitSet rows(int... r) {
        BitSet b = new BitSet();
        for (int i : r) {
            b.set(i);
        }
        return b;
    }

    @Test
    void eachKindKeepsItsRows() {
        assertEquals(rows(0, 1, 2, 3, 4, 5), matches(MapFilter.NONE, Map.of()));
        assertFalse(MapFilter.NONE.isActive());
        assertEquals(rows(3, 4, 5), matches(MapFilter.NONE.withKind(MapFilter.Kind.UNLABELLED, -1), Map.of()));
        assertEquals(rows(0, 1), matches(MapFilter.NONE.withKind(MapFilter.Kind.LABEL, 7), Map.of()));
        assertEquals(rows(4), matches(MapFilter.NONE.withKind(MapFilter.Kind.UNSURE, -1), Map.of()),
                "confidence 0.3; 0.9 is sure, row 5 has no suggestion and labelled rows are not suggestions");
    }

    @Test
    void aDoubtfulImageStopsMatchingOnceItsLabelChanged() {
        MapFilter doubtful = MapFilter.NONE.withKind(MapFilter.Kind.DOUBTFUL, -1);
        assertEquals(rows(1, 2), matches(doubtful, Map.of(11, 7, 12, 9)));
        assertEquals(rows(1), matches(doubtful, Map.of(11, 7, 12, 7)), "image 12 is labelled 9 now, not 7");
    }

    @Test
    void theNameSearchIgnoresCaseAndNarrowsTheKind() {
        MapFilter cat = MapFilter.NONE.withText("  CAT ");
        assertTrue(cat.isActive());
        assertEquals("CAT", cat.text());
        assertEquals(rows(0, 1, 4), matches(cat, Map.of()));
        assertEquals(rows(4), matches(cat.withKind(MapFilter.Kind.UNLABELLED, -1), Map.of()));
    }

    @Test
    void beforeAnyAnalysisNothingIsUnsure() {
        ShownRows bare = new ShownRows(ROWS, new int[] {7, 7, 9, -1, -1, -1}, null, null);
        assertEquals(new BitSet(), MapFilter.NONE.withKind(MapFilter.Kind.UNSURE, -1)
                .matches(bare, image -> NAMES[image - 10], Map.of()));
    }

    @Test
    void theDimMaskIsTheComplement() {
        assertArrayEquals(new boolean[] {true, false, true, false}, MapFilter.dimmedOutside(rows(1, 3), 4));
    }
}
