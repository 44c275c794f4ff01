package org.silhouette.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.Cancellation;
import org.silhouette.core.CancelledException;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Npy;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.Csv;
import org.silhouette.harness.stress.RawDb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportImportTest {

    /** File names with spaces, commas, quotes, a newline and non-Latin text, some in subfolders. */
    static final List<String> NASTY_FILES = List.of("plain.jpg", "a b.jpg", "comma,name.jpg", "quote\"d.png",
            "'single'.jpg", "semi;colon.jpg", "new\nline.jpg", "日本語/猫.png", "sub dir/x y,z.jpg", "ü/ö ä.JPG",
            " leading space.jpg", "trailing space .jpg", "#hash%percent.jpg", "deep/er/and/deeper/img.jpg");

    /** Label names that try to escape the export folder or clash on Windows/macOS. */
    static final List<String> NASTY_LABELS = List.of("..", "../../escape", "/abs", "CON", "nul.txt", "a/b", "trailing. ",
            "Cat", "cat", "日本語 label", "comma, \"quoted\"", "C:\\Windows\\System32", ".hidden", "LPT1");

    static Path makeImages(Path root) throws IOException {
        for (String f : NASTY_FILES) {
            Path p = RelativePaths.resolve(root, f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "bytes of " + f);
        }
        return root;
    }

    static ProjectStore projectOver(Path images, Path projectDir) {
        ProjectStore s = ProjectStore.open(projectDir, images, ProjectStore.Options.defaults());
        s.syncImages(NASTY_FILES.stream().map(ImageRecord::of).toList(), true);
        return s;
    }

    /** Labels every image i with label i mod labels. */
    static void labelAll(ProjectStore s) {
        List<Integer> ids = new ArrayList<>();
        for (String n : NASTY_LABELS) {
            ids.add(s.createLabel(n).id());
        }
        for (int i = 0; i < NASTY_FILES.size(); i++) {
            s.assign(new int[] {i}, ids.get(i % ids.size()));
        }
    }

    static Map<String, String> labelsByPath(ProjectStore s) {
        Map<String, String> m = new HashMap<>();
        LabelState st = s.snapshot();
        for (int i = 0; i < s.images().size(); i++) {
            int id = st.labelOf(i);
            if (id != LabelState.NONE) {
                m.put(s.images().path(i), st.label(id).orElseThrow().name());
            }
        }
        return m;
    }

    /** What a test does with the labelled project before it closes. */
    interface StoreWork {
        void run(ProjectStore s) throws IOException;
    }

    /**
     * Opens a project over {@code images} in {@code dir/p1}, labels it ({@link #labelAll}), runs {@code export}
     * and closes it; returns the labels by path that the export had to write.
     */
    static Map<String, String> exportLabelled(Path images, Path dir, StoreWork export) throws IOException {
        try (ProjectStore s = projectOver(images, dir.resolve("p1"))) {
            labelAll(s);
            Map<String, String> expected = labelsByPath(s);
            export.run(s);
            return expected;
        }
    }

    static Set<Path> allFiles(Path dir) throws IOException {
        try (Stream<Path> w = Files.walk(dir)) {
            return new TreeSet<>(w.toList());
        }
    }

    @Test
    void csvRoundTripsNastyPathsAndLabels(@TempDir Path dir) throws IOException {
        Path images = makeImages(dir.resolve("images"));
        Path csv = dir.resolve("out/labels.csv");
        Map<String, String> expected = exportLabelled(images, dir,
                s -> assertEquals(NASTY_FILES.size(), Exporter.exportCsv(s, csv, false)));
        List<List<String>> rows = Csv.parse(Files.readString(csv));
        assertEquals(List.of("path", "label"), rows.getFirst());
        assertEquals(NASTY_FILES.size() + 1, rows.size(), "a newline in a file name must stay inside its quotes");
        try (ProjectStore fresh = projectOver(images, dir.resolve("p2"))) {
            Importer.ImportReport r = Importer.importCsv(fresh, csv);
            assertEquals(expected, labelsByPath(fresh));
            assertEquals(NASTY_FILES.size(), r.changed());
            assertEquals(0, r.unknownCount());
            assertEquals(new TreeSet<>(NASTY_LABELS.stream().map(String::strip).toList()), new TreeSet<>(r.createdLabels()));
            assertEquals("Import labels from labels.csv", fresh.snapshot().undoDescription().orElseThrow());
            // One undo step takes the whole import back, labels included.
            assertTrue(fresh.undo());
            assertEquals(0, fresh.snapshot().labelledCount());
            assertTrue(fresh.snapshot().labels().isEmpty());
        }
    }

    @Test
    void imageFolderCopyStaysInsideTheTargetWhateverTheLabels(@TempDir Path dir) throws IOException {
        Path images = makeImages(dir.resolve("images"));
        Path target = dir.resolve("export");
        Set<Path> before = allFiles(dir);
        Exporter.ImageFolderReport report;
        Map<String, String> expected;
        try (ProjectStore s = projectOver(images, dir.resolve("p1"))) {
            labelAll(s);
            expected = labelsByPath(s);
            Set<Path> withProject = allFiles(dir);
            report = Exporter.exportImageFolder(s, target, Exporter.LinkMode.COPY, Progress.NONE, Cancellation.NEVER);
            Set<Path> after = allFiles(dir);
            after.removeAll(withProject);
            for (Path created : after) {
                assertTrue(created.startsWith(target), "export wrote outside its folder: " + created);
            }
            assertFalse(before.isEmpty());
        }
        assertEquals(NASTY_FILES.size(), report.written());
        assertTrue(report.skipped().isEmpty(), report.skipped().toString());
        Path realTarget = target.toRealPath();
        try (Stream<Path> top = Files.list(target)) {
            List<Path> folders = top.toList();
            assertEquals(NASTY_LABELS.size(), folders.size());
            for (Path f : folders) {
                assertTrue(Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS));
                SafeNamesTest.assertSafeComponent(f.getFileName().toString(), "export folder");
            }
        }
        for (Path f : allFiles(target)) {
            assertTrue(f.toRealPath().startsWith(realTarget), f.toString());
        }
        assertFalse(Files.exists(dir.resolve("escape")));
        // Each copy holds the right bytes, in the folder of its label.
        Map<String, String> folderOf = SafeNames.folderNames(NASTY_LABELS.stream().map(String::strip).toList());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path copy = RelativePaths.resolve(target.resolve(folderOf.get(e.getValue())), e.getKey());
            assertEquals("bytes of " + e.getKey(), Files.readString(copy));
        }
        assertEquals("_", report.folders().get(".."));
        assertEquals("_CON", report.folders().get("CON"));
    }

    @Test
    void imageFolderLinksRoundTripThroughImport(@TempDir Path dir) throws IOException {
        Path images = makeImages(dir.resolve("images"));
        Path target = dir.resolve("links");
        Map<String, String> expected = exportLabelled(images, dir, s -> Exporter.exportImageFolder(s, target,
                Exporter.LinkMode.SYMLINK, Progress.NONE, Cancellation.NEVER));
        for (Path f : allFiles(target)) {
            if (Files.isSymbolicLink(f)) {
                assertTrue(Files.readSymbolicLink(f).startsWith(images.toAbsolutePath()));
            }
        }
        Map<String, String> folderOf = SafeNames.folderNames(expected.values());
        try (ProjectStore fresh = projectOver(images, dir.resolve("p2"))) {
            Importer.ImportReport r = Importer.importImageFolder(fresh, target);
            assertEquals(0, r.unknownCount(), r.unknown().toString());
            Map<String, String> got = labelsByPath(fresh);
            assertEquals(expected.keySet(), got.keySet());
            for (String path : expected.keySet()) {
                assertEquals(folderOf.get(expected.get(path)), got.get(path), path);
            }
        }
    }

    @Test
    void imageFolderCopiesImportByTheirPathUnderTheLabel(@TempDir Path dir) throws IOException {
        Path images = makeImages(dir.resolve("images"));
        Path target = dir.resolve("copies");
        try (ProjectStore s = projectOver(images, dir.resolve("p1"))) {
            int cat = s.createLabel("cat").id();
            int dog = s.createLabel("dog").id();
            s.assign(new int[] {0, 1, 2, 3, 4, 5, 6}, cat);
            s.assign(new int[] {7, 8, 9, 10, 11, 12, 13}, dog);
            Exporter.exportImageFolder(s, target, Exporter.LinkMode.COPY, Progress.NONE, Cancellation.NEVER);
            Files.writeString(target.resolve("stray.txt"), "not in a class folder");
            Files.writeString(target.resolve("cat/unknown.jpg"), "not a project image");
        }
        try (ProjectStore fresh = projectOver(images, dir.resolve("p2"))) {
            Importer.ImportReport r = Importer.importImageFolder(fresh, target);
            assertEquals(14, r.changed());
            assertEquals(2, r.unknownCount());
            assertEquals(List.of("cat", "dog"), r.createdLabels());
            assertEquals(7, fresh.snapshot().imagesWith(fresh.snapshot().labelNamed("cat").orElseThrow().id()).length);
        }
    }

    @Test
    void anImageRootThatIsAnImageFolderGivesItsLabels(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("cifar");
        List<String> files = List.of("cat/1.jpg", "cat/2.jpg", "dog/3.jpg", "bird/sub/4.jpg", "loose.jpg");
        for (String f : files) {
            Path p = RelativePaths.resolve(root, f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f);
        }
        try (ProjectStore s = ProjectStore.openFolder(root, ProjectStore.Options.defaults())) {
            s.syncImages(files.stream().map(ImageRecord::of).toList(), true);
            Files.createDirectories(s.paths().featureCacheDir());
            Files.writeString(s.paths().featureCacheDir().resolve("x.bin"), "cache, not an image");
            Importer.ImportReport r = Importer.importImageFolder(s, root);
            assertEquals(List.of("bird", "cat", "dog"), r.createdLabels(), "created in sorted path order");
            assertEquals(4, r.changed());
            assertEquals(List.of("loose.jpg"), r.unknown(), "the project folder is skipped; loose files reported");
            assertEquals("cat", s.snapshot().label(s.snapshot().labelOf(1)).orElseThrow().name());
            assertEquals(LabelState.NONE, s.snapshot().labelOf(4));
        }
    }

    @Test
    void csvPathsMayBeAbsoluteOrUseBackslashesAndUnknownOnesAreReported(@TempDir Path dir) throws IOException {
        Path images = makeImages(dir.resolve("images"));
        Path csv = dir.resolve("in.csv");
        String abs = images.toAbsolutePath().resolve("a b.jpg").toString();
        Files.writeString(csv, "\uFEFFPath,Label\n"
                + Csv.row(abs, "x") + "\n"
                + "sub dir\\x y,z.jpg,y\n".replace("sub dir\\x y,z.jpg", "\"sub dir\\x y,z.jpg\"")
                + "./deep/er/../er/and/deeper/img.jpg, x \n"
                + "nope.jpg,x\n"
                + "../images/plain.jpg,x\n"
                + "/elsewhere/plain.jpg,x\n"
                + "plain.jpg,\n"
                + "\n");
        try (ProjectStore s = projectOver(images, dir.resolve("p"))) {
            Importer.ImportReport r = Importer.importCsv(s, csv);
            Map<String, String> got = labelsByPath(s);
            assertEquals(Map.of("a b.jpg", "x", "sub dir/x y,z.jpg", "y", "deep/er/and/deeper/img.jpg", "x"), got);
            assertEquals(3, r.unknownCount());
            assertEquals(List.of("nope.jpg", "../images/plain.jpg", "/elsewhere/plain.jpg"), r.unknown());
            assertEquals(1, r.empty());
            assertEquals(7, r.entries());
            assertTrue(r.summary().contains("3 images relabelled"), r.summary());
        }
    }

    @Test
    void aBadCsvIsOneClearLineAndChangesNothing(@TempDir Path dir) throws IOException {
        Path images = makeImages(dir.resolve("images"));
        try (ProjectStore s = projectOver(images, dir.resolve("p"))) {
            s.assign(new int[] {0}, s.createLabel("keep").id());
            RawDb before = RawDb.read(s.paths().database());
            int depth = s.undoDepth();
            Map<String, String> cases = new java.util.LinkedHashMap<>();
            cases.put("plain.jpg,a\na b.jpg,b,extra\n", "row 2 has 3 fields; expected 2 (path,label)");
            cases.put("path,label\nplain.jpg\n", "row 2 has 1 field; expected 2 (path,label)");
            cases.put("plain.jpg,a\n\"a b.jpg,b\n", "unterminated quoted field starting on line 2");
            cases.put("plain.jpg,a\nplain.jpg,b\n", "row 2 gives plain.jpg the label 'b', but row 1 gave it 'a'");
            cases.put("plain.jpg,bell\u0007\n", "row 1: A label name cannot contain control characters");
            cases.put(",a\n", "row 1 has an empty path");
            cases.put("path,label\n\n", "holds no labels");
            cases.put("", "holds no labels");
            int k = 0;
            for (Map.Entry<String, String> c : cases.entrySet()) {
                Path csv = dir.resolve("bad" + k++ + ".csv");
                Files.writeString(csv, c.getKey());
                UserError e = assertThrows(UserError.class, () -> Importer.importCsv(s, csv), c.getKey());
                assertTrue(e.getMessage().contains(c.getValue()), e.getMessage());
                assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            }
            Path latin1 = dir.resolve("latin1.csv");
            Files.write(latin1, "plain.jpg,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
            assertTrue(assertThrows(UserError.class, () -> Importer.importCsv(s, latin1)).getMessage()
                    .contains("not UTF-8"));
            assertThrows(UserError.class, () -> Importer.importCsv(s, dir.resolve("missing.csv")));
            assertEquals(before, RawDb.read(s.paths().database()));
            assertEquals(depth, s.undoDepth());
        }
    }

    @Test
    void anImageUnderTwoClassFoldersIsRefused(@TempDir Path dir) throws IOException {
        Path images = makeImages(dir.resolve("images"));
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("a"));
        Files.createDirectories(tree.resolve("b"));
        Files.createSymbolicLink(tree.resolve("a/x.jpg"), images.resolve("plain.jpg").toAbsolutePath());
        Files.createSymbolicLink(tree.resolve("b/y.jpg"), images.resolve("plain.jpg").toAbsolutePath());
        try (ProjectStore s = projectOver(images, dir.resolve("p"))) {
            UserError e = assertThrows(UserError.class, () -> Importer.importImageFolder(s, tree));
            assertTrue(e.getMessage().contains("under both 'a'") && e.getMessage().contains("'b'"), e.getMessage());
            assertEquals(0, s.snapshot().labels().size());
        }
    }

    @Test
    void exportRefusesANonEmptyTargetAndSkipsMissingImages(@TempDir Path dir) throws IOException {
        Path images = makeImages(dir.resolve("images"));
        try (ProjectStore s = projectOver(images, dir.resolve("p"))) {
            s.assign(new int[] {0, 1}, s.createLabel("l").id());
            Path full = Files.createDirectories(dir.resolve("full"));
            Files.writeString(full.resolve("old.txt"), "x");
            UserError e = assertThrows(UserError.class, () -> Exporter.exportImageFolder(s, full,
                    Exporter.LinkMode.COPY, Progress.NONE, Cancellation.NEVER));
            assertTrue(e.getMessage().contains("not empty"), e.getMessage());
            Path file = Files.writeString(dir.resolve("afile"), "x");
            assertThrows(UserError.class, () -> Exporter.exportImageFolder(s, file, Exporter.LinkMode.COPY,
                    Progress.NONE, Cancellation.NEVER));

            Files.delete(images.resolve("plain.jpg"));
            Exporter.ImageFolderReport r = Exporter.exportImageFolder(s, dir.resolve("ok"), Exporter.LinkMode.COPY,
                    Progress.NONE, Cancellation.NEVER);
            assertEquals(1, r.written());
            assertEquals(List.of("plain.jpg: not found on disk"), r.skipped());

            CancelFlag cancel = new CancelFlag();
            cancel.cancel();
            assertThrows(CancelledException.class, () -> Exporter.exportImageFolder(s, dir.resolve("c"),
                    Exporter.LinkMode.COPY, Progress.NONE, cancel));
        }
    }

    @Test
    void embeddingsAndCoordinatesLineUpRowForRow(@TempDir Path dir) throws IOException {
        Path images = makeImages(dir.resolve("images"));
        int n = NASTY_FILES.size();
        float[] e = new float[n * 3];
        float[] c = new float[n * 2];
        for (int i = 0; i < e.length; i++) {
            e[i] = i * 0.25f - 3;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = (float) Math.sin(i) * 1e-7f;
        }
        try (ProjectStore s = projectOver(images, dir.resolve("p"))) {
            s.assign(new int[] {2}, s.createLabel("comma, \"label\"").id());
            Exporter.exportEmbeddings(s, new FloatMatrix(n, 3, e), dir.resolve("emb.npy"), new FloatMatrix(n, 2, c),
                    dir.resolve("coords.csv"));
            assertThrows(IllegalArgumentException.class, () -> Exporter.exportEmbeddings(s, FloatMatrix.zeros(1, 3),
                    dir.resolve("x.npy"), new FloatMatrix(n, 2, c), dir.resolve("x.csv")));
        }
        assertEquals(new FloatMatrix(n, 3, e), Npy.read(dir.resolve("emb.npy")));
        List<List<String>> rows = Csv.parse(Files.readString(dir.resolve("coords.csv")));
        assertEquals(List.of("path", "label", "x", "y"), rows.getFirst());
        for (int i = 0; i < n; i++) {
            List<String> r = rows.get(i + 1);
            assertEquals(NASTY_FILES.get(i), r.get(0));
            assertEquals(i == 2 ? "comma, \"label\"" : "", r.get(1));
            assertArrayEquals(new float[] {c[2 * i], c[2 * i + 1]},
                    new float[] {Float.parseFloat(r.get(2)), Float.parseFloat(r.get(3))});
        }
    }
}
