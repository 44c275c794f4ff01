package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.project.ImageRecord;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;
import org.silhouette.project.ProjectStore;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The index spaces the window shows (rows, label ids, panel classes) and what it asks of a map's labelled rows. */
class RowLabelsTest {

    @Test
    void rowsMapToImagesAndBackSkippingImagesWithoutFeatures() {
        Rows rows = new Rows(new int[] {0, 2, 3}); // image 1 had no features
        assertArrayEquals(new int[] {2, 0}, rows.images(new int[] {1, 0}));
        assertArrayEquals(new int[] {0, -1, 1, 2, -1}, rows.rowOfImage(5));
    }

    @Test
    void classesFollowThePanelOrderAndNumberKeys(@TempDir Path dir) {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            store.syncImages(List.of(ImageRecord.of("a.png"), ImageRecord.of("b.png"), ImageRecord.of("c.png")), true);
            LabelInfo first = store.createLabel("first");
            LabelInfo second = store.createLabel("second");
            store.moveLabel(second.id(), 0); // 'second' is now key 1
            store.assign(new int[] {0}, first.id());
            store.assign(new int[] {2}, second.id());

            LabelPalette p = LabelPalette.of(store.snapshot());
            assertEquals(List.of("second", "first"), p.names());
            assertEquals(second.id(), p.at(0).id());
            assertNull(p.at(2));
            Rows rows = new Rows(new int[] {0, 1, 2});
            int[] labelOfRow = rows.labelsOf(store.snapshot());
            assertArrayEquals(new int[] {first.id(), -1, second.id()}, labelOfRow);
            assertArrayEquals(new int[] {1, -1, 0}, p.classesOf(labelOfRow));
            assertEquals(-1, p.classOf(9999), "a label deleted meanwhile has no class");
        }
    }

    /** Four images, the map shows three of them (image 1 has no features); image 0 is a cat, image 3 a dog. */
    private static RowLabels catAndDog(ProjectStore store) {
        store.syncImages(List.of(ImageRecord.of("a.png"), ImageRecord.of("b.png"), ImageRecord.of("c.png"),
                ImageRecord.of("d.png")), true);
        store.assign(new int[] {0}, store.createLabel("cat").id());
        store.assign(new int[] {3}, store.createLabel("dog").id());
        return RowLabels.none().withRows(new Rows(new int[] {0, 2, 3})).withLabels(store.snapshot());
    }

    @Test
    void onlyUnlabelledRowsWithASuggestionCanTakeIt(@TempDir Path dir) {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            RowLabels shown = catAndDog(store);
            int cat = store.snapshot().labelNamed("cat").orElseThrow().id();
            int dog = store.snapshot().labelNamed("dog").orElseThrow().id();
            assertArrayEquals(new int[0], shown.acceptable(new int[] {0, 1, 2}), "nothing before an analysis");
            assertArrayEquals(new int[0], shown.mostUncertain(5));

            RowLabels analysed = shown.withSuggestions(new int[] {dog, cat, -1}, new float[] {0.9f, 0.4f, 0f});
            assertArrayEquals(new int[] {1}, analysed.acceptable(new int[] {0, 1, 2}),
                    "row 0 is labelled, row 2 has no suggestion");
            assertArrayEquals(new int[] {cat}, analysed.suggestionsOf(new int[] {1}));
            assertArrayEquals(new int[] {1}, analysed.mostUncertain(5), "only unlabelled rows with a suggestion");
        }
    }

    @Test
    void aCaptionSaysTheLabelElseTheSuggestionAndHowSure(@TempDir Path dir) {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            RowLabels shown = catAndDog(store);
            int dog = store.snapshot().labelNamed("dog").orElseThrow().id();
            assertEquals("Label: cat", shown.caption(0));
            assertEquals("Unlabelled", shown.caption(1));
            RowLabels analysed = shown.withSuggestions(new int[] {-1, dog, -1}, new float[] {0f, 0.25f, 0f});
            assertEquals("Unlabelled; suggested: dog (confidence 0.25)", analysed.caption(1));
            assertEquals("Label: dog", analysed.caption(2), "a label wins over any suggestion");
            assertEquals("?", analysed.labelName(9999), "a label deleted meanwhile");
        }
    }

    @Test
    void newRowsKeepTheLabelsOfTheirImagesButNotTheOldSuggestions(@TempDir Path dir) {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            RowLabels analysed = catAndDog(store).withSuggestions(new int[] {-1, -1, -1}, new float[3]);
            LabelState state = analysed.state();
            RowLabels next = analysed.withRows(new Rows(new int[] {3, 1, 0, 2}));
            assertNull(next.suggested());
            assertSame(state, next.state());
            int cat = state.labelNamed("cat").orElseThrow().id();
            int dog = state.labelNamed("dog").orElseThrow().id();
            assertArrayEquals(new int[] {dog, -1, cat, -1}, next.labelOfRow());
            assertArrayEquals(new int[0], RowLabels.none().withRows(new Rows(new int[] {0})).labelOfRow(),
                    "no labels before the store published any");
        }
    }
}
