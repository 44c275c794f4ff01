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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each label operation of the window against a real store: what it changes and the status line it leaves. */
class LabelActionsTest {

    @TempDir
    Path dir;

    private static String run(LabelActions.Action a, LabelEdits edits) {
        return a.edit().apply(edits);
    }

    @Test
    void selectionEditsSayWhatTheyDidAndAreToldWithUndo() {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            store.syncImages(List.of(ImageRecord.of("a.jpg"), ImageRecord.of("b.jpg"), ImageRecord.of("c.jpg")), true);
            LabelEdits edits = new LabelEdits(store);
            LabelActions.Action named = LabelActions.assignName(new int[] {0, 1}, "cat");
            assertEquals("Labelling 2 images", named.doing());
            assertTrue(named.selection());
            assertEquals("Labelled 2 images 'cat'.", run(named, edits));
            LabelInfo cat = store.snapshot().labelNamed("cat").orElseThrow();
            assertEquals("Labelled 1 images 'cat'.", run(LabelActions.assign(new int[] {2}, cat), edits));
            assertArrayEquals(new int[] {0, 1, 2}, store.snapshot().imagesWith(cat.id()));
            assertEquals("Removed the labels of 2 images.", run(LabelActions.removeLabels(new int[] {0, 2}), edits));
            assertEquals(1, store.snapshot().labelledCount());
            LabelInfo dog = edits.create("dog");
            assertEquals("Accepted 2 suggestions.",
                    run(LabelActions.acceptSuggestions(new int[] {0, 2}, new int[] {dog.id(), cat.id()}), edits));
            LabelState s = store.snapshot();
            assertEquals(dog.id(), s.labelOf(0));
            assertEquals(cat.id(), s.labelOf(2));
            assertEquals("Undid: " + s.undoDescription().orElseThrow() + ".", run(LabelActions.undo(), edits));
            assertEquals(LabelState.NONE, store.snapshot().labelOf(0));
        }
    }

    @Test
    void labelEditsReportByName() {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            store.syncImages(List.of(ImageRecord.of("a.jpg"), ImageRecord.of("b.jpg")), true);
            LabelEdits edits = new LabelEdits(store);
            LabelActions.Action create = LabelActions.create("  cat ");
            assertFalse(create.selection());
            assertEquals("Created the label 'cat'.", run(create, edits));
            assertEquals("Created the label 'dog'.", run(LabelActions.create("dog"), edits));
            LabelInfo cat = store.snapshot().labelNamed("cat").orElseThrow();
            LabelInfo dog = store.snapshot().labelNamed("dog").orElseThrow();
            assertEquals("Done.", run(LabelActions.relabel(new int[] {1}, cat.id(), "Done."), edits));
            assertEquals("Renamed 'cat' to 'tabby'.", run(LabelActions.rename(cat, " tabby"), edits));
            assertEquals("Moved 'dog'.", run(LabelActions.move(dog, 0), edits));
            assertEquals(dog.id(), store.snapshot().labels().getFirst().id());
            assertEquals("Recoloured 'dog'.", run(LabelActions.recolour(dog, 0x123456), edits));
            assertEquals("Merged 'cat' into 'dog'.", run(LabelActions.merge(cat, dog), edits));
            assertEquals(dog.id(), store.snapshot().labelOf(1));
            assertEquals("Deleted the label 'dog'; its images are unlabelled (Ctrl+Z brings it back).",
                    run(LabelActions.delete(dog), edits));
            assertTrue(store.snapshot().labels().isEmpty());
            run(LabelActions.undo(), edits);
            assertTrue(run(LabelActions.redo(), edits).startsWith("Redid: "));
            assertEquals("Nothing to redo.", run(LabelActions.redo(), edits));
        }
    }
}
