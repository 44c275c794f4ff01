package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.testing.ManualExecutor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A grid's thumbnails: read once on the loader, kept while the project stays, dropped when it changes. */
class GridThumbnailsTest {

    @Test
    void aThumbnailIsReadOnceAndShownOnlyWhileItsCellStillShowsIt(@TempDir Path dir) throws Exception {
        ManualExecutor loader = new ManualExecutor();
        ManualExecutor fx = new ManualExecutor();
        GridThumbnails<String> grid = new GridThumbnails<>(loader, fx, 10, t -> t.width() + "x" + t.height());
        try (ProjectSession ws = ProjectSessionTest.open(ProjectSessionTest.folder(dir.resolve("images"), 2),
                dir.resolve("home"))) {
            List<String> shown = new ArrayList<>();
            grid.load(0, shown::add, () -> true);
            assertEquals(0, loader.waiting(), "no project followed: nothing to read");

            grid.follow(ws);
            grid.load(0, shown::add, () -> false);
            loader.runAll();
            fx.runAll();
            assertTrue(shown.isEmpty(), "the cell moved on to another image");
            grid.load(0, shown::add, () -> true);
            assertEquals(List.of("20x20"), shown, "kept from the first read");
            assertEquals(0, loader.waiting());

            Rows rows = new Rows(new int[] {3, 1});
            grid.loadRow(rows, 1, shown::add, () -> 1);
            loader.runAll();
            grid.follow(null);
            fx.runAll();
            assertEquals(1, shown.size(), "a read for a project no longer shown is dropped");
            grid.follow(ws);
            grid.load(0, shown::add, () -> true);
            assertEquals(1, loader.waiting(), "another project's thumbnails were forgotten");
        }
    }
}
