package org.silhouette.data;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemTest {

    @Test
    void theCsvNamesEachFileFromTheFolderReadAndQuotesWhatNeedsIt() {
        Path root = Path.of("/photos").toAbsolutePath();
        String csv = Problem.csv(root, List.of(new Problem(root.resolve("a/cut.png"), "truncated"),
                new Problem(root.resolve("notes, draft.jpg"), "not an image: \"text\"")));
        assertEquals("path,reason\na/cut.png,truncated\n\"notes, draft.jpg\",\"not an image: \"\"text\"\"\"\n", csv);
    }
}
