package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ColouringTest {

    @Test
    void labelsCountAndUnlabelledDrawFirst() {
        int[] labels = {1, -1, 0, 1, -1, 7};
        PointColours c = Colouring.categorical(labels, List.of("cat", "dog"), null, "unlabelled");
        assertArrayEquals(new int[] {2, 0, 1, 2, 0, 0}, c.index(), "unknown id 7 counts as unlabelled");
        assertEquals(3, c.legend().size());
        assertEquals("cat", c.legend().get(0).name());
        assertEquals(1, c.legend().get(0).count());
        assertEquals(2, c.legend().get(1).count());
        assertEquals(3, c.legend().get(2).count());
        assertArrayEquals(new int[] {1, 4, 5, 2, 0, 3}, c.order());
        assertEquals(Colouring.labelRgb(1), c.palette()[2]);
    }

    /**
     * Confidence colours: a point without a suggestion (its confidence 0 in the spreading's array) and one whose
     * confidence is unknown (NaN, one group named) are grey, not the least sure bin; the hover text says which.
     */
    @Test
    void confidenceColoursLeaveUnsuggestedAndUnknownPointsGrey() {
        PointValues v = new PointValues();
        v.setLabels(new int[] {-1, -1, -1, 0}, List.of("cat"));
        v.setSuggestions(new int[] {-1, 0, 0, 0}, new float[] {0f, Float.NaN, 0.05f, 1f});
        PointColours c = v.colours(ColourMode.CONFIDENCE, 4);
        assertEquals(0, c.index()[0], "no suggestion");
        assertEquals(0, c.index()[1], "unknown confidence");
        assertEquals(1, c.index()[2], "0.05 is the least sure bin");
        assertEquals("none or unknown", c.legend().getLast().name());
        assertEquals(2, c.legend().getLast().count());
        assertEquals("unlabelled\nsuggested: cat (confidence unknown)", v.describe(1, 4));
        assertEquals("unlabelled\nsuggested: cat (5%)", v.describe(2, 4));
    }

    @Test
    void customLabelColoursWin() {
        PointColours c = Colouring.categorical(new int[] {0}, List.of("a"), new int[] {0xABCDEF}, "none");
        assertEquals(0xABCDEF, c.palette()[1]);
    }

    @Test
    void confidenceBinsAndPutsTheLeastConfidentOnTop() {
        float[] conf = {0.05f, 0.95f, 1.0f, Float.NaN, 0.5f, 0.0f};
        PointColours c = Colouring.confidence(conf);
        // bins of width 0.1 -> palette index 1 + bin; 1.0 clamps into the top bin
        assertArrayEquals(new int[] {1, 10, 10, 0, 6, 1}, c.index());
        assertArrayEquals(new int[] {3, 1, 2, 4, 0, 5}, c.order());
        // legend rows, top first: 0.8-1.0 holds two, 0.4-0.6 one, 0.0-0.2 two, none one
        assertEquals("0.8 to 1.0", c.legend().get(0).name());
        assertEquals(2, c.legend().get(0).count());
        assertEquals(1, c.legend().get(2).count());
        assertEquals(2, c.legend().get(4).count());
        assertEquals(1, c.legend().get(5).count());
    }

    @Test
    void silhouetteMapsMinusOneToOne() {
        PointColours c = Colouring.silhouette(new float[] {-1f, -0.05f, 0.05f, 1f});
        assertArrayEquals(new int[] {1, 5, 6, 10}, c.index());
        assertEquals("-1.0 to -0.6", c.legend().get(4).name());
    }
}
