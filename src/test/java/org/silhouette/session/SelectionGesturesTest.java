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

/** What each labelling gesture on the selection comes to: the action it runs, or what it says instead. */
class SelectionGesturesTest {

    @TempDir
    Path dir;

    /** Images 0–3 on the map in that order; image 3 labelled 'cat'. */
    private static MapPresenter shown(ProjectStore store, RecordingMap map) {
        store.syncImages(List.of(ImageRecord.of("a.png"), ImageRecord.of("b.png"), ImageRecord.of("c.png"),
                ImageRecord.of("d.png")), true);
        store.assign(new int[] {3}, store.createLabel("cat").id());
        MapPresenter presenter = new MapPresenter(map);
        presenter.showMap(null, new MapSnapshot(new Rows(new int[] {0, 1, 2, 3}), new float[4], new float[4], null,
                null, null, null, ""));
        presenter.showLabels(store.snapshot());
        return presenter;
    }

    @Test
    void gesturesOnNoSelectionSayHowToMakeOne() {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            MapPresenter map = shown(store, new RecordingMap());
            assertEquals(SelectionGestures.SELECT_FIRST, SelectionGestures.removeLabels(map).why());
            assertEquals(SelectionGestures.SELECT_FIRST, SelectionGestures.assignKey(map, 0).why());
            assertEquals("There is no label 2 yet: press N to name the selection.",
                    SelectionGestures.assignKey(map, 1).why(), "a missing label is said before a missing selection");
            LabelActions.Outcome blank = SelectionGestures.assignName(map, "  ");
            assertNull(blank.action());
            assertNull(blank.why(), "a blank name changes nothing and says nothing");
        }
    }

    @Test
    void aBareKeyAsksFirstOnlyBeforeChangingManyLabels() {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            MapPresenter map = shown(store, new RecordingMap());
            map.reselect(new int[] {2});
            assertNull(SelectionGestures.askBeforeAssign(map, 0), "one image: at once");
            assertNull(SelectionGestures.askBeforeRemove(map));
            map.reselect(new int[] {0, 1, 2});
            assertEquals("Give the 3 selected images the label 'cat'?", SelectionGestures.askBeforeAssign(map, 0));
            assertNull(SelectionGestures.askBeforeAssign(map, 1), "no such label: the key only says so");
            assertEquals("Remove the labels of the 3 selected images?", SelectionGestures.askBeforeRemove(map));
        }
    }

    @Test
    void gesturesOnTheSelectionLabelItsImages() {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            RecordingMap recording = new RecordingMap();
            MapPresenter map = shown(store, recording);
            map.reselect(new int[] {1, 2});
            LabelEdits edits = new LabelEdits(store);
            assertEquals("Labelled 2 images 'cat'.", SelectionGestures.assignKey(map, 0).action().edit().apply(edits));
            LabelInfo cat = store.snapshot().labelNamed("cat").orElseThrow();
            assertArrayEquals(new int[] {1, 2, 3}, store.snapshot().imagesWith(cat.id()));
            assertEquals("Labelled 2 images 'dog'.",
                    SelectionGestures.assignName(map, " dog ").action().edit().apply(edits));
            SelectionGestures.removeLabels(map).action().edit().apply(edits);
            assertEquals(LabelState.NONE, store.snapshot().labelOf(1));
        }
    }

    @Test
    void suggestionsAreAcceptedOnlyWhereThereAreSome() {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            RecordingMap recording = new RecordingMap();
            MapPresenter map = shown(store, recording);
            assertEquals(SelectionGestures.NO_SUGGESTIONS, SelectionGestures.acceptSuggestions(map).why());
            assertEquals(SelectionGestures.NO_SUGGESTIONS, SelectionGestures.selectMostUncertain(map));
            int cat = store.snapshot().labelNamed("cat").orElseThrow().id();
            map.showAnalysis(null, new MapSnapshot(new Rows(new int[] {0, 1, 2, 3}), new float[4], new float[4],
                    new int[] {cat, -1, cat, cat}, new float[] {0.9f, 0, 0.4f, 1}, null, null, ""));
            map.reselect(new int[] {1, 3});
            assertEquals("No unlabelled image in the selection has a suggestion.",
                    SelectionGestures.acceptSuggestions(map).why(), "1 has none and 3 is labelled");

            assertEquals("Selected the 3 unlabelled images whose suggestions are least sure.",
                    SelectionGestures.selectMostUncertain(map));
            assertArrayEquals(new int[] {0, 1, 2}, recording.selection.toArray(), "every unlabelled image, of three");
            LabelActions.Outcome accept = SelectionGestures.acceptSuggestions(map);
            assertEquals("Accepted 2 suggestions.", accept.action().edit().apply(new LabelEdits(store)));
            assertArrayEquals(new int[] {0, 2, 3}, store.snapshot().imagesWith(cat), "1 had no suggestion to accept");
        }
    }
}
