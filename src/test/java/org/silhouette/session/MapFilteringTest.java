package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.project.LabelInfo;
import org.silhouette.session.LabelReview.DoubtfulImage;
import org.silhouette.session.MapFiltering.Choice;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapFilteringTest {

    /** Four rows showing images 10..13: two of label 7, one of label 9, one unlabelled. */
    private static final ShownRows SHOWN = new ShownRows(new Rows(new int[] {10, 11, 12, 13}),
            new int[] {7, 7, 9, -1}, null, null);
    private static final String[] NAMES = {"cats/a.jpg", "cats/b.jpg", "dogs/c.jpg", "x/d.png"};

    private static String name(int image) {
        return NAMES[image - 10];
    }

    private static BitSet row(int r) {
        BitSet b = new BitSet();
        b.set(r);
        return b;
    }

    @Test
    void theShowBoxListsTheFixedEntriesThenOnePerLabelAndKeepsAChoiceWhoseLabelStays() {
        List<Choice> items = MapFiltering.choices(List.of(new LabelInfo(7, "cat", 0, 0), new LabelInfo(9, "dog", 0, 1)));
        assertEquals(List.of("All images", "Unlabelled", "Doubtful labels", "Unsure suggestions (below 0.5)",
                "Label 'cat'", "Label 'dog'"), items.stream().map(Choice::toString).toList());
        Choice renamed = new Choice("Label 'kitten'", MapFilter.Kind.LABEL, 7);
        assertSame(items.get(4), MapFiltering.same(items, renamed), "a renamed label is the same entry");
        assertSame(MapFiltering.ALL, MapFiltering.same(items.subList(0, 4), renamed), "a deleted label shows all");
    }

    @Test
    void keepsEveryRowUntilAFilterIsChosenThenTheRowsItMatches() {
        MapFiltering f = new MapFiltering();
        Object project = new Object();
        assertEquals(4, f.matches(project, SHOWN, MapFilteringTest::name).cardinality());
        f.choose(new Choice("Label 'cat'", MapFilter.Kind.LABEL, 7));
        f.search("B.JPG");
        assertEquals(row(1), f.matches(project, SHOWN, MapFilteringTest::name));
        assertEquals(4, f.matches(null, SHOWN, null).cardinality(), "no project: every row");
        f.clear();
        assertFalse(f.filter().isActive());
    }

    @Test
    void theDoubtfulFilterWaitsForTheDoubtfulLabelsOfItsOwnProject() {
        MapFiltering f = new MapFiltering();
        Object project = new Object();
        f.choose(new Choice("Doubtful labels", MapFilter.Kind.DOUBTFUL, -1));
        assertTrue(f.waitsForDoubtful(project));
        f.doubtfulFound(project, List.of(new DoubtfulImage(12, 9, 7, 0.2), new DoubtfulImage(11, 9, 7, 0.1)));
        assertFalse(f.waitsForDoubtful(project));
        assertTrue(f.waitsForDoubtful(new Object()), "found in another project");
        assertEquals(row(2), f.matches(project, SHOWN, MapFilteringTest::name),
                "image 11 was relabelled since it was found doubtful for label 9");
        f.forgetDoubtful();
        assertTrue(f.waitsForDoubtful(project));
    }

    @Test
    void theMapDimsWhatTheFilterLeavesOutOnceThereIsSomethingToFilter() {
        MapFiltering f = new MapFiltering();
        Object project = new Object();
        f.choose(new Choice("Label 'cat'", MapFilter.Kind.LABEL, 7));
        MapFiltering.Shown none = f.shown(null, SHOWN, null);
        assertEquals(new MapFiltering.Shown(null, "", false), none, "no project: nothing dimmed, nothing counted");
        MapFiltering.Shown cats = f.shown(project, SHOWN, MapFilteringTest::name);
        assertArrayEquals(new boolean[] {false, false, true, true}, cats.dimmed());
        assertEquals("2 of 4 images", cats.count());
        f.choose(new Choice("Doubtful labels", MapFilter.Kind.DOUBTFUL, -1));
        MapFiltering.Shown waiting = f.shown(project, SHOWN, MapFilteringTest::name);
        assertTrue(waiting.waiting());
        assertEquals(null, waiting.dimmed(), "every image stays bright until the doubtful labels are found");
    }

    @Test
    void countsInWords() {
        assertEquals("1,200 of 3,000 images", MapFiltering.counted(1200, 3000));
        assertEquals("Selected the 1 image the filter shows.", MapFiltering.selected(1));
        assertEquals("Selected the 2 images the filter shows.", MapFiltering.selected(2));
    }
}
