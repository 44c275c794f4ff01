package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.project.ImageRecord;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.ProjectStore;
import org.silhouette.render.MapSelection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the presenter puts on the map for each new map, analysis and label state, and how it keeps the selection. */
class MapPresenterTest {

    private static MapSnapshot map(int... images) {
        float[] x = new float[images.length];
        float[] y = new float[images.length];
        for (int r = 0; r < images.length; r++) {
            x[r] = r;
            y[r] = r % 2;
        }
        return new MapSnapshot(new Rows(images), x, y, null, null, null, null, "");
    }

    @Test
    void theSameRowsGlideAndOtherRowsKeepTheSelectedImagesSelected() {
        RecordingMap fake = new RecordingMap();
        MapPresenter presenter = new MapPresenter(fake);
        List<String> told = new ArrayList<>();
        presenter.addShownListener(() -> told.add("shown"));
        presenter.showMap(null, map(4, 7, 9));
        presenter.reselect(new int[] {7, 9});
        assertArrayEquals(new int[] {7, 9}, presenter.selectedImages());

        presenter.showMap(null, map(4, 7, 9));
        assertEquals(List.of(false, true), fake.glides, "a new map jumps, the same rows glide");
        assertEquals(1, told.size(), "a glide changes nothing the views read");

        presenter.showMap(null, map(9, 5, 7, 4));
        assertEquals(false, fake.glides.get(2));
        assertArrayEquals(new int[] {0, 2}, fake.selection.toArray(), "the selection follows its images to new rows");
        assertArrayEquals(new int[] {9, 7}, presenter.selectedImages());
        assertEquals(2, told.size());

        presenter.clear();
        assertEquals(0, presenter.rows().count());
        assertTrue(fake.selection.isEmpty());
    }

    @Test
    void anAnalysisOfTheShownRowsBringsSuggestionsAndSilhouettes(@TempDir Path dir) {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            store.syncImages(List.of(ImageRecord.of("a.png"), ImageRecord.of("b.png")), true);
            LabelInfo cat = store.createLabel("cat");
            store.assign(new int[] {1}, cat.id());
            RecordingMap fake = new RecordingMap();
            MapPresenter presenter = new MapPresenter(fake);
            presenter.showMap(null, map(0, 1));
            assertTrue(presenter.showLabels(store.snapshot()), "the first labels change a row");
            assertArrayEquals(new int[] {-1, 0}, fake.labels, "labels as panel classes");
            assertNull(presenter.suggested());

            presenter.showAnalysis(null, map(1, 0).withAnalysis(new int[] {cat.id(), -1}, new float[2], null, null));
            assertNull(fake.suggestions, "an analysis of other rows is dropped");
            presenter.showAnalysis(null, map(0, 1).withAnalysis(new int[] {cat.id(), -1}, new float[2], null, null));
            assertArrayEquals(new int[] {0, -1}, fake.suggestions);
            assertFalse(presenter.showLabels(store.snapshot()), "the same labels again change no row");
        }
    }

    @Test
    void selectingByLabelAndShowingImagesActOnTheMapsSelection(@TempDir Path dir) {
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            store.syncImages(List.of(ImageRecord.of("a.png"), ImageRecord.of("b.png"), ImageRecord.of("c.png")), true);
            LabelInfo cat = store.createLabel("cat");
            store.assign(new int[] {0, 2}, cat.id());
            RecordingMap fake = new RecordingMap();
            MapPresenter presenter = new MapPresenter(fake);
            presenter.showMap(null, map(0, 1, 2));
            presenter.showLabels(store.snapshot());
            presenter.selectWhere(id -> id == cat.id(), MapSelection.Op.REPLACE);
            assertArrayEquals(new int[] {0, 2}, fake.selection.toArray());
            assertArrayEquals(new int[] {0, 2}, presenter.selectedImages());

            presenter.showOnMap(1, 8);
            assertArrayEquals(new int[] {1}, fake.selection.toArray(), "an image not on the map is left out");
        }
    }
}
