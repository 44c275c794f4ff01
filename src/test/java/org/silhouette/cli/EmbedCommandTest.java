package org.silhouette.cli;

import org.silhouette.harness.stress.HostileCorpus;
import org.silhouette.harness.stress.SyntheticImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Npy;
import org.silhouette.data.Csv;

import org.silhouette.embed.backbone.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EmbedCommandTest {

    @TempDir
    Path dir;

    private static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>(Csv.parse(Files.readString(file)));
        rows.removeIf(List::isEmpty);
        return rows;
    }

    private Path labelledFolder() throws IOException {
        Path data = dir.resolve("my photos");
        for (int i = 0; i < 5; i++) {
            SyntheticImages.write(SyntheticImages.quadrant(20, 20, i * 0x101010, 0xFFFFFF), "png", data.resolve("cats/c" + i + ".png"));
            SyntheticImages.write(SyntheticImages.quadrant(20, 20, 0x0000FF, i * 0x100000), "jpg", data.resolve("dogs/d" + i + ".jpg"));
        }
        SyntheticImages.write(SyntheticImages.quadrant(20, 20, 0, 0), "png", data.resolve("loose, unlabelled.png"));
        Files.writeString(data.resolve("dogs/notes.jpg"), "not an image");
        return data;
    }

    @Test
    void writesMatrixIndexAndProblemsThenHitsTheCache() throws IOException {
        Path data = labelledFolder();
        Path out = dir.resolve("out/X.npy");
        Files.createDirectories(out.getParent());
        String[] args = {"embed", "--data", data.toString(), "--backbone", Fixtures.tinyTaps().toString(),
                "--size", "16", "--batch", "4", "--cache", dir.resolve("cache").toString(), "--out", out.toString()};
        MainTest.Result r = MainTest.run(args);
        assertEquals(0, r.code(), r.err());
        FloatMatrix x = Npy.read(out);
        assertEquals(11, x.rows());
        assertEquals(3, x.cols(), "tap -1 of the tiny model: 3 logits");
        List<List<String>> index = csv(dir.resolve("out/X.index.csv"));
        assertEquals(List.of("path", "label"), index.getFirst());
        assertEquals(12, index.size());
        assertEquals(List.of("cats/c0.png", "cats"), index.get(1));
        assertEquals(List.of("loose, unlabelled.png", ""), index.get(11));
        List<List<String>> problems = csv(dir.resolve("out/X.problems.csv"));
        assertEquals(List.of(List.of("path", "reason"), List.of("dogs/notes.jpg", "not an image: the file holds text")),
                problems);
        assertTrue(r.err().contains("0 from cache, 11 computed"), r.err());

        MainTest.Result again = MainTest.run(args);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("11 from cache, 0 computed"), again.err());
        assertEquals(x, Npy.read(out));
    }

    @Test
    void aMatrixAndAnIndexFromDifferentRunsAreRefusedInOneLine() throws IOException {
        Path data = labelledFolder();
        String model = Fixtures.tinyTaps().toString();
        Path x = dir.resolve("X.npy");
        Path y = dir.resolve("Y.npy");
        assertEquals(0, MainTest.run("embed", "--data", data.toString(), "--backbone", model, "--size", "16",
                "--no-cache", "--out", x.toString()).code());
        // the folder changes (same number of images) and embed runs again, killed between its two renames:
        // the new index has replaced the old one, the old matrix is still there
        Files.move(data.resolve("cats/c0.png"), data.resolve("cats/c9.png"));
        assertEquals(0, MainTest.run("embed", "--data", data.toString(), "--backbone", model, "--size", "16",
                "--no-cache", "--out", y.toString()).code());
        Path xIndex = dir.resolve("X.index.csv");
        String original = Files.readString(xIndex);
        MainTest.Result matching = MainTest.run("metrics", "--embeddings", x.toString(), "--labels", xIndex.toString());
        assertEquals(0, matching.code(), "the matching pair is read: " + matching.err());
        Files.copy(dir.resolve("Y.index.csv"), xIndex, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (String command : new String[] {"metrics", "train"}) {
            String[] args = command.equals("metrics")
                    ? new String[] {"metrics", "--embeddings", x.toString(), "--labels", xIndex.toString()}
                    : new String[] {"train", "--features", x.toString(), "--labels", xIndex.toString(), "--loss",
                            "cce", "--dim", "2", "--epochs", "1", "--out", dir.resolve("model").toString()};
            MainTest.assertOneLineError(MainTest.run(args), "different embed runs");
        }
        // relabelling rows in the index is allowed: only the paths tie it to the matrix
        Files.writeString(xIndex, original.replace(",cats\n", ",felines\n"));
        MainTest.Result relabelled = MainTest.run("metrics", "--embeddings", x.toString(), "--labels", xIndex.toString());
        assertEquals(0, relabelled.code(), relabelled.err());
        assertTrue(Files.readString(x.resolveSibling("X.npy"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("silhouette-embed run="), "the run id is in the matrix header");
    }

    @Test
    void labelsCsvAndNoCache() throws IOException {
        Path data = labelledFolder();
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "path,label\ncats/c1.png,tabby\n\"loose, unlabelled.png\",mystery\n");
        Path out = dir.resolve("L.csv");
        MainTest.Result r = MainTest.run("embed", "--data", data.toString(), "--backbone", Fixtures.tinyTaps().toString(),
                "--tap", "0", "--size", "16", "--no-cache", "--labels-csv", labels.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, String> byPath = new HashMap<>();
        for (List<String> row : csv(dir.resolve("L.index.csv")).subList(1, 12)) {
            byPath.put(row.get(0), row.get(1));
        }
        assertEquals("tabby", byPath.get("cats/c1.png"));
        assertEquals("", byPath.get("cats/c0.png"), "folder labels are off when a CSV is given");
        assertEquals("mystery", byPath.get("loose, unlabelled.png"));
        assertEquals(11, org.silhouette.core.MatrixFiles.read(out).rows());
    }

    @Test
    void failuresAreOneLineErrors() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "no images");
        Path junk = Files.createDirectories(dir.resolve("junk"));
        Files.writeString(junk.resolve("a.jpg"), "text");
        Files.write(junk.resolve("b.png"), new byte[0]);
        String model = Fixtures.tinyTaps().toString();
        Path out = dir.resolve("X.npy");
        String[][] cases = {
                {"embed", "--data", empty.toString(), "--backbone", model, "--size", "16", "--no-cache", "--out", out.toString()},
                {"embed", "--data", junk.toString(), "--backbone", model, "--size", "16", "--no-cache", "--out", out.toString()},
                {"embed", "--data", dir.resolve("nowhere").toString(), "--backbone", model, "--out", out.toString()},
                {"embed", "--data", junk.toString(), "--backbone", dir.resolve("none.pt").toString(), "--out", out.toString()},
                {"embed", "--data", junk.toString(), "--backbone", model, "--pool", "max", "--out", out.toString()},
                {"embed", "--data", junk.toString(), "--backbone", model, "--tap", "7", "--size", "16", "--out", out.toString()},
                {"embed", "--data", junk.toString(), "--backbone", model, "--out", dir.resolve("X.txt").toString()},
                {"embed", "--data", junk.toString(), "--backbone", "zoo:resnet18", "--cache", dir.toString(), "--out", out.toString()},
        };
        for (String[] c : cases) {
            MainTest.Result r = MainTest.run(c);
            assertEquals(1, r.code(), String.join(" ", c) + "\n" + r.err());
            String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
            assertTrue(last.startsWith("error: "), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        assertFalse(Files.exists(out), "nothing written when nothing was embedded");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
                    "the streamed matrix's temp file is gone");
        }
        assertEquals(3, csv(dir.resolve("X.problems.csv")).size(), "but the problems are listed");
    }

    @Test
    void hostileFolderEveryFileEmbeddedOrExplained() throws IOException {
        Path root = dir.resolve("hostile");
        Map<String, Boolean> expect = HostileCorpus.build(root);
        try {
            Path out = dir.resolve("H.npy");
            MainTest.Result r = MainTest.run("embed", "--data", root.toString(), "--backbone",
                    Fixtures.tinyTaps().toString(), "--size", "16", "--cache", dir.resolve("cache").toString(),
                    "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            Map<String, String> outcome = new TreeMap<>();
            Set<String> embedded = new HashSet<>();
            for (List<String> row : csv(dir.resolve("H.index.csv")).subList(1, Npy.read(out).rows() + 1)) {
                assertTrue(Files.exists(root.resolve(row.get(0))), "index path round-trips: " + row.get(0));
                outcome.put(row.get(0), "embedded");
                embedded.add(row.get(0));
            }
            for (List<String> row : csv(dir.resolve("H.problems.csv")).subList(1, csv(dir.resolve("H.problems.csv")).size())) {
                outcome.merge(row.get(0), "problem: " + row.get(1), (a, b) -> a + " AND " + b);
            }
            StringBuilder table = new StringBuilder("hostile corpus outcomes:\n");
            outcome.forEach((k, v) -> table.append("  ").append(k).append(" -> ").append(v).append('\n'));
            System.out.print(table);
            for (Map.Entry<String, Boolean> e : expect.entrySet()) {
                String got = outcome.get(e.getKey());
                if (e.getKey().startsWith("locked/") && got == null) {
                    assertTrue(outcome.containsKey("locked"), "the locked folder itself is reported\n" + table);
                    continue;
                }
                assertTrue(got != null, e.getKey() + " neither embedded nor listed\n" + table);
                assertFalse(got.contains(" AND "), e.getKey() + " reported twice\n" + table);
                if (e.getValue() != null) {
                    assertEquals(e.getValue(), embedded.contains(e.getKey()), e.getKey() + ": " + got);
                }
            }
            if (Files.isSymbolicLink(root.resolve("links/loop"))) {
                assertTrue(outcome.getOrDefault("links/loop", "").contains("symbolic link loop"), table.toString());
            }
        } finally {
            HostileCorpus.unlock(root);
        }
    }

    @Test
    void sharedMobileNetV2OnAHandfulOfCifarImages() throws IOException {
        assumeTrue(Fixtures.mobileNetV2() != null, "shared MobileNetV2 not available");
        Path cifar = Path.of(System.getProperty("silhouette.shared"), "data", "cifar10", "test");
        assumeTrue(Files.isDirectory(cifar), "shared CIFAR-10 not available");
        Path data = dir.resolve("few");
        for (String cls : new String[] {"cat", "ship"}) {
            try (var files = Files.list(cifar.resolve(cls))) {
                for (Path f : files.sorted().limit(3).toList()) {
                    Files.createDirectories(data.resolve(cls));
                    Files.copy(f, data.resolve(cls).resolve(f.getFileName()));
                }
            }
        }
        Path out = dir.resolve("M.npy");
        MainTest.Result r = MainTest.run("embed", "--data", data.toString(), "--backbone", Fixtures.mobileNetV2().toString(),
                "--tap", "3", "--pool", "avg", "--size", "64", "--cache", dir.resolve("cache").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        FloatMatrix x = Npy.read(out);
        assertEquals(6, x.rows());
        assertEquals(1280, x.cols());
        assertTrue(x.allFinite());
    }
}
