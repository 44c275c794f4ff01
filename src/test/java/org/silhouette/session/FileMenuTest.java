package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What each File > Export and File > Import entry asks for, and which action its answer runs. */
class FileMenuTest {

    @Test
    void onlyTheImportsChangeLabelsAndRunOnTheStoreQueue() {
        assertEquals(List.of(FileMenu.IMPORT_CSV, FileMenu.IMPORT_FOLDER),
                Arrays.stream(FileMenu.values()).filter(FileMenu::imports).toList());
        for (FileMenu entry : FileMenu.values()) {
            FileActions.Action action = entry.action(null, Path.of("out", "x"));
            assertEquals(entry.imports(), action.queue() == FileActions.Queue.STORE, entry.name());
            assertEquals(entry.imports() ? "Importing labels" : "Exporting", action.title().substring(0,
                    entry.imports() ? 16 : 9), entry.name());
        }
    }

    @Test
    void filesAreAskedForWithTheirTypeAndFoldersWithout() {
        assertEquals("*.csv", FileMenu.EXPORT_CSV.pattern());
        assertEquals("labels.csv", FileMenu.EXPORT_CSV.fileName());
        assertEquals("*.npy", FileMenu.EXPORT_EMBEDDINGS.pattern());
        assertEquals("*.json", FileMenu.EXPORT_MANIFEST.pattern());
        assertEquals("*.csv", FileMenu.IMPORT_CSV.pattern());
        for (FileMenu entry : FileMenu.values()) {
            boolean file = entry.ask() == FileMenu.Ask.SAVE || entry.ask() == FileMenu.Ask.OPEN;
            if (file) {
                assertNotNull(entry.fileKind(), entry.name());
            } else {
                assertNull(entry.pattern(), entry.name());
            }
        }
        assertEquals(FileMenu.Ask.IMAGE_FOLDER, FileMenu.IMPORT_FOLDER.ask(), "starts in the project's images");
    }

    @Test
    void theEmbeddingsRunWhereTheFeaturesAreAndTheTreesWhereFilesAre() {
        assertEquals(FileActions.Queue.COMPUTE, FileMenu.EXPORT_EMBEDDINGS.action(null, Path.of("e.npy")).queue());
        assertEquals(FileActions.Queue.FILES, FileMenu.EXPORT_LINKS.action(null, Path.of("tree")).queue());
    }
}
