package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyboardShortcutsTest {

    @Test
    void everyRowNamesItsKeysOnceAndWhatTheyDo() {
        Set<String> keys = new HashSet<>();
        for (KeyboardShortcuts.Entry e : KeyboardShortcuts.ALL) {
            assertFalse(e.keys().isBlank() || e.action().isBlank(), e.toString());
            assertTrue(keys.add(e.keys()), "listed twice: " + e.keys());
        }
    }

    /** The user guide's table (docs/APP.md) has a row for each shortcut the window lists, in the same order. */
    @Test
    void theGuideListsEveryShortcutInTheSameOrder() throws IOException {
        List<String> guide = Files.readAllLines(Path.of("docs/APP.md")).stream()
                .dropWhile(l -> !l.startsWith("## Keyboard shortcuts"))
                .filter(l -> l.startsWith("| ") && !l.startsWith("| Keys"))
                .takeWhile(l -> !l.startsWith("| Do this"))
                .toList();
        assertEquals(KeyboardShortcuts.ALL.size(), guide.size(), "rows in the guide's table");
        for (int i = 0; i < guide.size(); i++) {
            String keys = KeyboardShortcuts.ALL.get(i).keys();
            assertTrue(guide.get(i).startsWith("| " + keys), "row " + (i + 1) + " of the guide: " + guide.get(i)
                    + " should list " + keys);
        }
    }
}
