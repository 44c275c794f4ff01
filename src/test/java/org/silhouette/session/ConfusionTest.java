package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.testing.Blobs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfusionTest {

    @Test
    void countsEachLabelAgainstItsSuggestionsAndKeepsTheImagesOfEachCell() {
        Rows rows = new Rows(new int[] {30, 31, 32, 33, 34, 35, 36});
        int[] labels = {5, 5, 5, 8, 8, -1, 5};
        int[] suggested = {5, 8, -1, 8, 8, 5, 5};
        Confusion c = Confusion.of(List.of(8, 5), rows, labels, suggested); // panel order: 8 first
        assertEquals(List.of(8, 5), c.labels());
        assertEquals(2, c.noneColumn());
        assertEquals(2, c.count(0, 0), "both 8s agree");
        assertEquals(2, c.count(1, 1));
        assertEquals(1, c.count(1, 0), "one 5 is suggested 8");
        assertEquals(1, c.count(1, 2), "one 5 is reached by no label");
        assertEquals(4, c.rowTotal(1), "the unlabelled row is not counted");
        assertEquals(0.5, c.agreement(1), 1e-9);
        assertEquals(4 / 6.0, c.agreement(), 1e-9);
        assertArrayEquals(new int[] {31}, c.images(1, 0));
        assertArrayEquals(new int[] {30, 36}, c.images(1, 1));
        assertArrayEquals(new int[] {31, 32}, c.disagreeing(1));
        assertArrayEquals(new int[0], c.disagreeing(0));
    }

    @Test
    void heldOutTheSpreadingGivesBackWellSeparatedLabelsAndCatchesAWrongOne() {
        Blobs b = Blobs.make(3, 40, 4, 10, 1, 11);
        int[] labels = Blobs.partialLabels(b.labels(), 20, 100, 10); // ids 100, 110, 120
        int wrong = -1;
        for (int i = 0; i < labels.length && wrong < 0; i++) {
            if (b.labels()[i] == 0 && labels[i] >= 0) {
                wrong = i;
            }
        }
        labels[wrong] = 110; // a class-0 image caught in label 110
        int[] heldOut = HeldOutSuggestions.of(b.x(), labels, Suggestions.Options.defaults(), Cancellation.NEVER);
        assertEquals(100, heldOut[wrong], "its neighbours give it its true class back");
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                assertEquals(-1, heldOut[i], "unlabelled rows get none");
            } else if (i != wrong) {
                assertEquals(100 + 10 * b.labels()[i], heldOut[i], "row " + i);
            }
        }
        Rows rows = new Rows(java.util.stream.IntStream.range(0, labels.length).toArray());
        Confusion c = Confusion.of(List.of(100, 110, 120), rows, labels, heldOut);
        assertArrayEquals(new int[] {wrong}, c.disagreeing(1));
        assertEquals(19, c.count(0, 0), "label 100 lost one image to 110");
        assertEquals(20, c.count(1, 1));
        assertEquals(1, c.count(1, 0), "the caught image: labelled 110, suggested 100");
        assertEquals(20, c.count(2, 2));
        assertArrayEquals(new int[0], c.disagreeing(0));
        assertArrayEquals(new int[0], c.disagreeing(2));
    }

    @Test
    void withOneLabelledImageNothingCanBeHeldOut() {
        int[] labels = {4, -1, -1};
        int[] heldOut = HeldOutSuggestions.of(Blobs.make(1, 3, 2, 1, 1, 1).x(), labels,
                Suggestions.Options.defaults(), Cancellation.NEVER);
        assertArrayEquals(new int[] {-1, -1, -1}, heldOut);
    }
}
