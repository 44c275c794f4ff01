package org.silhouette.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;
import org.silhouette.data.Csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Label names that hide or reverse text are refused; exported cells never run as spreadsheet formulas. */
class LabelTextTest {

    @Test
    void bidiOverridesAndZeroWidthCharactersAreRefusedInOneLine(@TempDir Path dir) {
        String[] hostile = {"\u202Egnp.exe", "ca\u200Bts", "\uFEFFcats", "a\u2066b\u2069", "ca\u200Dts",
                "soft\u00ADhyphen", "\u200Ecats", "cats\u200F", "dogs\u2060", "x\u061Cy", "\u200Ccats",
                "tag\uDB40\uDC41"};
        try (ProjectStore s = ProjectStore.open(dir.resolve("p"), dir, ProjectStore.Options.defaults())) {
            for (String name : hostile) {
                UserError e = assertThrows(UserError.class, () -> s.createLabel(name), name);
                assertTrue(e.getMessage().contains("invisible formatting"), e.getMessage());
                assertEquals(1, e.getMessage().lines().count());
            }
            assertTrue(s.snapshot().labels().isEmpty(), "nothing was created");
            LabelInfo cats = s.createLabel("cats");
            assertThrows(UserError.class, () -> s.renameLabel(cats.id(), "cats\u202E"));
            // joiners that change how text is drawn stay allowed
            for (String name : new String[] {"\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                    "\u2764\uFE0F\u200D\uD83D\uDD25", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "Åsa",
                    "日本語"}) {
                assertEquals(name, s.createLabel(name).name());
            }
        }
    }

    @Test
    void exportedCellsThatWouldRunAsFormulasAreNeutralisedAndImportBack(@TempDir Path dir) throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        List<String> files = List.of("=cmd.jpg", "+1.jpg", "-rf.jpg", "@sum.jpg", "plain.jpg");
        List<String> labels = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+SUM(A1)", "-2+3", "@me", "cats");
        Path csv = dir.resolve("labels.csv");
        Path coords = dir.resolve("coords.csv");
        try (ProjectStore s = ProjectStore.open(dir.resolve("p"), images, ProjectStore.Options.defaults())) {
            s.syncImages(files.stream().map(ImageRecord::of).toList(), true);
            for (int i = 0; i < files.size(); i++) {
                s.assign(new int[] {i}, s.createLabel(labels.get(i)).id());
            }
            Exporter.exportCsv(s, csv, false);
            float[] xy = new float[2 * files.size()];
            java.util.Arrays.fill(xy, -1.5f);
            Exporter.exportEmbeddings(s, new FloatMatrix(files.size(), 2, xy.clone()), dir.resolve("e.npy"),
                    new FloatMatrix(files.size(), 2, xy), coords);
        }
        for (Path exported : new Path[] {csv, coords}) {
            List<List<String>> rows = new ArrayList<>(Csv.parse(Files.readString(exported)));
            rows.removeIf(List::isEmpty);
            for (List<String> row : rows.subList(1, rows.size())) {
                for (int c = 0; c < 2; c++) {
                    String cell = row.get(c);
                    assertTrue("=+-@".indexOf(cell.charAt(0)) < 0, exported.getFileName() + ": " + cell);
                }
                for (int c = 2; c < row.size(); c++) {
                    assertEquals("-1.5", row.get(c), "numbers are written as they are");
                }
            }
        }
        try (ProjectStore fresh = ProjectStore.open(dir.resolve("q"), images, ProjectStore.Options.defaults())) {
            fresh.syncImages(files.stream().map(ImageRecord::of).toList(), true);
            Importer.importCsv(fresh, csv);
            LabelState st = fresh.snapshot();
            for (int i = 0; i < files.size(); i++) {
                assertEquals(labels.get(i), st.label(st.labelOf(i)).orElseThrow().name(), "round trip of " + files.get(i));
            }
        }
    }
}
