package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's walk: what it opens on, what its caption says, and when the map no longer shows its rows. */
class PreviewWalkTest {

    private static MapSnapshot map(int... images) {
        return new MapSnapshot(new Rows(images), new float[images.length], new float[images.length], null, null, null,
                null, "");
    }

    @Test
    void theCaptionFollowsTheWalkAndTheWalkEndsWithItsRows(@TempDir Path dir) throws Exception {
        try (ProjectSession ws = ProjectSessionTest.open(ProjectSessionTest.folder(dir.resolve("images"), 1),
                dir.resolve("home"))) {
            MapPresenter shown = new MapPresenter(new RecordingMap());
            shown.showMap(ws, map(2, 0, 1));
            shown.showLabels(ws.labels());
            assertNull(PreviewWalk.opening(-1, ws, shown), "Space on no point with nothing selected");
            assertNull(PreviewWalk.opening(0, null, shown), "no project");

            PreviewWalk walk = PreviewWalk.opening(1, ws, shown);
            assertEquals(0, walk.image(), "row 1 shows image 0");
            assertEquals(ws.imageName(0), walk.name());
            assertEquals("Unlabelled", walk.detail(shown));
            walk.sized("20 × 20 px");
            assertEquals("Unlabelled  ·  20 × 20 px", walk.detail(shown));
            assertEquals("2 of 3 images, in folder order  ·  ← → previous / next  ·  Esc closes", walk.position());
            walk.step(1);
            assertEquals(1, walk.image());
            assertEquals("Unlabelled", walk.detail(shown), "the next image's size is not known yet");

            assertTrue(walk.stillShown(ws, shown));
            assertFalse(walk.stillShown(null, shown), "another project");
            shown.showMap(ws, map(1, 0, 2));
            assertFalse(walk.sameRows(shown), "other rows: row 1 means another image now");
        }
    }
}
