package org.silhouette.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelFileTest {

    @Test
    void readsOneLabelPerLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("l.csv");
        Files.writeString(f, "cat\ndog\n\ncat\n");
        assertEquals(List.of("cat", "dog", "", "cat"), LabelFile.read(f));
    }

    @Test
    void aTrailingUnlabelledRowCountsButSurplusBlankLinesDoNot(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("l.csv");
        Files.writeString(f, "cat\ndog\n\n");
        assertEquals(List.of("cat", "dog", ""), LabelFile.readMatching(f, 3, "X.npy"));
        Files.writeString(f, "cat\ndog\n\n\n\n");
        assertEquals(List.of("cat", "dog", ""), LabelFile.readMatching(f, 3, "X.npy"));
        assertEquals(List.of("cat", "dog"), LabelFile.readMatching(f, 2, "X.npy"));
    }

    @Test
    void readsPathLabelCsvWithQuotesAndHeader(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("l.csv");
        Files.writeString(f, "path,label\n\"a, b.jpg\",cat\n\"say \"\"hi\"\".png\",\"big dog\"\nc.jpg,\n");
        assertEquals(List.of("cat", "big dog", ""), LabelFile.read(f));
    }

    @Test
    void rowCountMismatchIsAClearError(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("l.csv");
        Files.writeString(f, "a\nb\n");
        UserError e = assertThrows(UserError.class, () -> LabelFile.readMatching(f, 3, "X.npy"));
        assertTrue(e.getMessage().contains("2 labels") && e.getMessage().contains("3 rows"), e.getMessage());
    }

    @Test
    void csvQuotingRoundTrips() {
        String[] nasty = {"plain", "with,comma", "with \"quote\"", "multi\nline", " padded ", "日本語", ""};
        String text = Csv.row(nasty) + "\n";
        assertEquals(List.of(List.of(nasty)), Csv.parse(text));
    }

    @Test
    void encodesInOrderOfFirstAppearance() {
        EncodedLabels e = EncodedLabels.encode(List.of("b", "", "a", "b"));
        assertArrayEquals(new int[] {0, -1, 1, 0}, e.ids());
        assertEquals(List.of("b", "a"), e.names());
        assertEquals(3, e.labelledCount());
    }
}
