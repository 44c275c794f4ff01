package org.silhouette.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.project.ImageRecord;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.ProjectStore;
import org.silhouette.session.LabelPalette;
import org.silhouette.session.Rows;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RowsAndPaletteTest {

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

    @Test
    void syntheticFileNamesCarryTheirGroup() {
        assertEquals(3, SyntheticFolder.groupOf(SyntheticFolder.name(42, 3)));
        assertEquals(-1, SyntheticFolder.groupOf("holiday.jpg"));
    }
}
