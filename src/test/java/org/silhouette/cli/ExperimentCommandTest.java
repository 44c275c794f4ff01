package org.silhouette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.embed.backbone.Fixtures;
import org.silhouette.experiment.IdxImagesTest;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The experiment, simulate and import-idx commands in-process, on a tiny image folder and the tiny backbone. */
class ExperimentCommandTest {
    @TempDir
    static Path dir;
    static Path data;
    static Path cache;
    static final String[] CLASSES = {"red", "green", "blue", "grey"};
    static final int[] RGB = {0xD02020, 0x20C020, 0x2040E0, 0x808080};

    @BeforeAll
    static void images() throws IOException {
        data = dir.resolve("data");
        cache = dir.resolve("cache");
        SplittableRandom r = new SplittableRandom(1);
        for (String split : new String[] {"train", "test"}) {
            for (int c = 0; c < CLASSES.length; c++) {
                Path folder = Files.createDirectories(data.resolve(split).resolve(CLASSES[c]));
                for (int i = 0; i < 8; i++) {
                    BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
                    for (int y = 0; y < 16; y++) {
                        for (int x = 0; x < 16; x++) {
                            int noise = r.nextInt(40);
                            int rgb = RGB[c];
                            int red = Math.min(255, ((rgb >> 16) & 0xFF) + noise);
                            int green = Math.min(255, ((rgb >> 8) & 0xFF) + noise);
                            int blue = Math.min(255, (rgb & 0xFF) + noise);
                            img.setRGB(x, y, (red << 16) | (green << 8) | blue);
                        }
                    }
                    ImageIO.write(img, "png", folder.resolve(i + ".png").toFile());
                }
            }
        }
    }

    private static List<String> common(String... extra) {
        List<String> args = new ArrayList<>(List.of("--backbone", Fixtures.tinyTaps().toString(), "--size", "16",
                "--cache", cache.toString()));
        args.addAll(List.of(extra));
        return args;
    }

    private static MainTest.Result run(List<String> head, List<String> rest) {
        List<String> all = new ArrayList<>(head);
        all.addAll(rest);
        return MainTest.run(all.toArray(String[]::new));
    }


    @Test
    void unseenExperimentWritesTheReportAndAMapPerMethod() throws IOException {
        Path out = dir.resolve("unseen");
        MainTest.Result r = run(List.of("experiment", "unseen", "--data", data.toString()),
                common("--epochs", "2", "--methods", "introspection,silhouette,cce", "--batch-p", "2", "--batch-k", "4",
                        "--hidden", "8", "--dim", "3", "--seeds", "2", "--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        for (String m : List.of("introspection", "silhouette", "cce")) {
            JsonNode node = report.get("methods").get(m);
            for (String key : List.of("precision_at_1", "r_precision", "map_at_r", "nmi", "ami", "silhouette_2d",
                    "knn_2d", "train_seconds", "seconds_to_95")) {
                assertTrue(node.get(key).isNumber(), m + " " + key);
                assertTrue(node.get(key + "_std").isNumber(), m + " " + key + "_std");
            }
            assertTrue(Files.size(out.resolve(m + ".png")) > 1000);
            assertTrue(Files.size(out.resolve(m + "-thumbnails.png")) > 1000);
            assertTrue(Files.isRegularFile(out.resolve("embeddings").resolve(m + ".npy")));
        }
        JsonNode config = report.get("config");
        assertEquals(2, config.get("seeds").asInt());
        assertEquals("unseen", config.get("mode").asText());
        assertEquals(0.5, config.get("seen_fraction").asDouble());
        assertEquals(2, report.get("runs").size());
        assertEquals(17, Files.readAllLines(out.resolve("embeddings/labels.csv")).size(), "header + 16 rows");
        for (JsonNode run : report.get("runs")) {
            assertEquals(2, run.get("seen_classes").size());
            assertEquals(16, run.get("train_images").asInt(), "2 seen classes × 8 train images");
            assertEquals(16, run.get("eval_images").asInt(), "2 unseen classes × 8 test images");
        }
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("| silhouette |") && md.contains("## Config"), md);
        assertTrue(Files.exists(out.resolve("training-curves.png")));
    }

    @Test
    void hostileFilesAreListedAndTheRestIsEmbedded() throws IOException {
        Path hostile = dir.resolve("hostile");
        Path corpus = dir.resolve("corpus");
        java.util.Map<String, Boolean> expect = org.silhouette.harness.stress.HostileCorpus.build(corpus);
        int planted = 0;
        for (String split : new String[] {"train", "test"}) {
            for (String c : CLASSES) {
                Path to = Files.createDirectories(hostile.resolve(split).resolve(c));
                try (var files = Files.list(data.resolve(split).resolve(c))) {
                    for (Path f : files.toList()) {
                        Files.copy(f, to.resolve(f.getFileName()));
                    }
                }
            }
        }
        for (var e : expect.entrySet()) {
            Path f = corpus.resolve(e.getKey());
            if (Boolean.FALSE.equals(e.getValue()) && Files.isRegularFile(f) && Files.isReadable(f)) {
                Path to = hostile.resolve(planted % 2 == 0 ? "train" : "test").resolve(CLASSES[planted % 4])
                        .resolve("bad" + planted + "-" + f.getFileName());
                Files.copy(f, to);
                planted++;
            }
        }
        assertTrue(planted >= 5, "the corpus has broken files to plant: " + planted);
        Path out = dir.resolve("hostile-out");
        MainTest.Result r = run(List.of("experiment", "seen", "--data", hostile.toString()),
                common("--epochs", "1", "--methods", "introspection,silhouette", "--batch-p", "2", "--batch-k", "4",
                        "--hidden", "8", "--dim", "3", "--no-thumbnails", "--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        List<String> problems = Files.readAllLines(out.resolve("problems.csv"));
        assertEquals(planted + 1, problems.size(), "header + one row per planted file: " + problems);
        assertTrue(problems.stream().skip(1).allMatch(l -> l.matches("\"?(train|test)/.*bad\\d+-.*,.+")), problems.toString());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(32, report.get("runs").get(0).get("train_images").asInt(), "every good train image embedded");
        assertTrue(r.err().contains("Skipped " + planted + " unreadable files"), r.err());
    }

    @Test
    void experimentErrorsAreOneLine() {
        String out = dir.resolve("bad").toString();
        MainTest.assertOneLineError(run(List.of("experiment", "unseen", "--data", dir.resolve("nowhere").toString()),
                common("--out", out)), "No such folder");
        MainTest.assertOneLineError(run(List.of("experiment", "unseen", "--data", data.toString()),
                common("--methods", "silhouette,arcface", "--out", out)), "Unknown method 'arcface'");
        MainTest.assertOneLineError(run(List.of("experiment", "sideways", "--data", data.toString()),
                common("--out", out)), "seen or unseen");
        MainTest.assertOneLineError(run(List.of("experiment", "seen", "--data", data.resolve("train").toString()),
                common("--out", out)), "train/ and test/");
        MainTest.assertOneLineError(run(List.of("experiment", "unseen", "--data", data.toString()),
                common("--seen-fraction", "0.75", "--epochs", "1", "--out", out)), "at least two seen and two unseen");
        MainTest.assertOneLineError(run(List.of("experiment", "seen", "--data", data.toString()),
                common("--dim", "1", "--out", out)), "The embedding dimension must be between 2 and 512");
        MainTest.assertOneLineError(run(List.of("experiment", "seen", "--data", data.toString()),
                common("--seeds", "101", "--out", out)), "--seeds must be between 1 and 100, got 101");
        assertFalse(Files.exists(Path.of(out)), "every refusal so far came before the embedding and the output folder");
        MainTest.assertOneLineError(run(List.of("experiment", "seen", "--data", data.toString(), "--backbone",
                dir.resolve("none.pt").toString(), "--out", out), List.of()), "none.pt");
    }

    @Test
    void simulateWritesACurve() throws IOException {
        Path out = dir.resolve("sim");
        MainTest.Result r = run(List.of("simulate", "--data", data.resolve("test").toString(), "--mode", "static",
                "--budget", "5"), common("--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        JsonNode curve = new ObjectMapper().readTree(out.resolve("curve.json").toFile());
        int n = curve.get("actions").size();
        assertTrue(n >= 2 && n <= 6, "start plus at most five actions: " + n);
        assertEquals(n, curve.get("accuracy").size());
        assertEquals(n, curve.get("coverage").size());
        assertEquals(0, curve.get("actions").get(0).asInt());
        assertEquals(0.0, curve.get("accuracy").get(0).asDouble());
        assertTrue(curve.get("summary").get("definition").asText().contains("unlabelled images count as wrong"));
        assertTrue(Files.size(out.resolve("curve.png")) > 1000);

        Path again = dir.resolve("sim2");
        MainTest.Result compared = run(List.of("simulate", "--data", data.resolve("test").toString(), "--mode",
                "static", "--budget", "2", "--no-suggestions", "--compare", out.toString()),
                common("--out", again.toString()));
        assertEquals(0, compared.code(), compared.err());
    }

    /** Three seeds of the realistic annotator: one mean curve with its spread, and each seed's own curve. */
    @Test
    void simulateRunsSeveralSeedsOfTheChosenAnnotator() throws IOException {
        Path out = dir.resolve("sim-seeds");
        MainTest.Result r = run(List.of("simulate", "--data", data.resolve("test").toString(), "--mode", "loop",
                "--budget", "4", "--annotator", "Realistic", "--seeds", "3", "--seed", "5", "--first-train-steps", "8",
                "--train-steps", "4"), common("--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Over 3 seeds"), r.err());
        JsonNode curve = new ObjectMapper().readTree(out.resolve("curve.json").toFile());
        assertEquals("realistic", curve.get("config").get("annotator").get("name").asText());
        assertEquals(0.7, curve.get("config").get("annotator").get("deselects_wrong").asDouble());
        assertEquals(8, curve.get("config").get("first_train_steps").asInt());
        assertEquals(3, curve.get("summary").get("seeds").asInt());
        JsonNode runs = curve.get("runs");
        assertEquals(3, runs.size());
        int n = curve.get("actions").size();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double min = 1;
            for (int k = 0; k < 3; k++) {
                JsonNode acc = runs.get(k).get("accuracy");
                double v = acc.get(Math.min(i, acc.size() - 1)).asDouble(); // a seed done early keeps its last value
                sum += v;
                min = Math.min(min, v);
            }
            assertEquals(sum / 3, curve.get("accuracy").get(i).asDouble(), 1e-12, "mean at action " + i);
            assertEquals(min, curve.get("accuracy_min").get(i).asDouble(), 1e-12);
        }
        assertEquals(5, runs.get(0).get("seed").asLong());
        assertEquals(7, runs.get(2).get("seed").asLong());
        assertEquals(curve.get("summary").get("final_accuracy").asDouble(), curve.get("accuracy").get(n - 1).asDouble(), 1e-12);
        String table = Files.readString(out.resolve("curve.md"));
        assertTrue(table.contains("3 seeds (5, 6, 7)") && table.contains("realistic annotator"), table);
        assertTrue(table.contains(String.format(java.util.Locale.ROOT, "| %d | %.3f ± ", n - 1,
                curve.get("accuracy").get(n - 1).asDouble())), table);
    }

    /** The older --careful still works and means --annotator careful. */
    @Test
    void theCarefulFlagStillChoosesTheCarefulAnnotator() throws IOException {
        Path out = dir.resolve("sim-careful");
        MainTest.Result r = run(List.of("simulate", "--data", data.resolve("test").toString(), "--mode", "static",
                "--budget", "2", "--careful"), common("--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        JsonNode curve = new ObjectMapper().readTree(out.resolve("curve.json").toFile());
        assertEquals("careful", curve.get("config").get("annotator").get("name").asText());
        assertEquals(1, curve.get("runs").size());
    }

    @Test
    void simulateErrorsAreOneLine() {
        String out = dir.resolve("badsim").toString();
        String test = data.resolve("test").toString();
        MainTest.assertOneLineError(run(List.of("simulate", "--data", test, "--mode", "sometimes"), common("--out", out)),
                "static or loop");
        MainTest.assertOneLineError(run(List.of("simulate", "--data", test, "--mode", "loop", "--loss", "arcface"),
                common("--out", out)), "Unknown loss 'arcface'");
        MainTest.assertOneLineError(run(List.of("simulate", "--data", dir.resolve("nowhere").toString(), "--mode", "static"),
                common("--out", out)), "No such folder");
        MainTest.assertOneLineError(run(List.of("simulate", "--data", test, "--mode", "static", "--compare",
                dir.toString()), common("--out", out)), "No curve.json");
        MainTest.assertOneLineError(run(List.of("simulate", "--data", test, "--mode", "static", "--budget", "0"),
                common("--out", out)), "--budget");
        MainTest.assertOneLineError(run(List.of("simulate", "--data", test, "--mode", "static", "--annotator", "sloppy"),
                common("--out", out)), "--annotator must be careful, realistic or hasty, got 'sloppy'");
        MainTest.assertOneLineError(run(List.of("simulate", "--data", test, "--mode", "static", "--annotator", "hasty",
                "--careful"), common("--out", out)), "--careful contradicts --annotator hasty");
        MainTest.assertOneLineError(run(List.of("simulate", "--data", test, "--mode", "static", "--seeds", "0"),
                common("--out", out)), "--seeds must be between 1 and 100");
        MainTest.assertOneLineError(run(List.of("simulate", "--data", test, "--mode", "loop", "--train-steps", "5",
                "--train-seconds", "1"), common("--out", out)), "in steps or in seconds, not both");
        MainTest.assertOneLineError(run(List.of("simulate", "--data", test, "--mode", "loop", "--train-steps", "0"),
                common("--out", out)), "step budgets must be at least 1");
    }

    @Test
    void importIdxWritesAnImageFolder() throws IOException {
        IdxImagesTest.writeIdx(dir.resolve("img.gz"), dir.resolve("lab.gz"), true);
        Path out = dir.resolve("idx");
        MainTest.Result r = MainTest.run("import-idx", "--images", dir.resolve("img.gz").toString(), "--labels",
                dir.resolve("lab.gz").toString(), "--class-names", "zero,one", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("one/00002.png")));
        MainTest.assertOneLineError(MainTest.run("import-idx", "--images", dir.resolve("lab.gz").toString(), "--labels",
                dir.resolve("img.gz").toString(), "--out", out.toString()), "not an IDX image file");
        MainTest.assertOneLineError(MainTest.run("import-idx", "--images", dir.resolve("img.gz").toString(), "--labels",
                dir.resolve("lab.gz").toString(), "--class-names", "a/b,c", "--out", out.toString()), "folder name");
    }
}
