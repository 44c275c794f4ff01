package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.project.Exporter;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each export and import runs on its queue and leaves one line saying what it did. */
class FileActionsTest {

    @Test
    void exportsAndImportsSayWhatTheyWroteOnTheirQueues(@TempDir Path dir) throws Exception {
        try (ProjectSession s = ProjectSessionTest.openMapped(dir, 4)) {
            s.edits().assignName(ProjectSessionTest.imagesOf(s, "red"), "warm");

            Path csv = dir.resolve("labels.csv");
            FileActions.Action export = FileActions.labelsCsv(s, csv);
            assertEquals(FileActions.Queue.FILES, export.queue());
            assertEquals("Exported 4 labelled images to " + csv + ".", export.work().run(Progress.NONE,
                    Cancellation.NEVER));
            assertTrue(Files.readString(csv).contains("warm"));

            Path npy = dir.resolve("e.npy");
            FileActions.Action embeddings = FileActions.embeddings(s, npy);
            assertEquals(FileActions.Queue.COMPUTE, embeddings.queue(), "the compute thread owns the features");
            assertEquals("Exported the embeddings of 12 images to " + npy + " and the coordinates to e.coords.csv.",
                    embeddings.work().run(Progress.NONE, Cancellation.NEVER));

            Path tree = dir.resolve("tree");
            String copied = FileActions.imageFolder(s, tree, Exporter.LinkMode.COPY).work().run(Progress.NONE,
                    Cancellation.NEVER);
            assertEquals("Exported 4 images into " + tree + ".", copied);

            s.edits().unassign(ProjectSessionTest.imagesOf(s, "red"));
            FileActions.Action back = FileActions.importCsv(s, csv);
            assertEquals(FileActions.Queue.STORE, back.queue(), "in order with the label edits");
            assertEquals("Importing labels", back.title());
            back.work().run(Progress.NONE, Cancellation.NEVER);
            assertEquals(4, s.labels().labelledCount());
        }
    }
}
