package org.silhouette.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.stress.SyntheticImages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainBackboneCommandTest {

    private static Path imageFolder(Path root) throws IOException {
        int[][] colours = {{0xFF0000, 0x00FF00}, {0x0000FF, 0xFFFF00}};
        for (int c = 0; c < 2; c++) {
            Path dir = Files.createDirectories(root.resolve("class" + c));
            for (int i = 0; i < 8; i++) {
                SyntheticImages.write(SyntheticImages.quadrant(16 + i, 16, colours[c][0], colours[c][1]), "png",
                        dir.resolve("img" + i + ".png"));
            }
        }
        return root;
    }

    @Test
    void trainsThenFineTunesAndTheResultEmbeds(@TempDir Path dir) throws IOException {
        Path data = imageFolder(dir.resolve("data"));
        Path scratch = dir.resolve("scratch");
        MainTest.Result r = MainTest.run("train-backbone", "--data", data.toString(), "--size", "16", "--widths", "4,8",
                "--epochs", "1", "--batch", "4", "--out", scratch.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Training on 16 images of 2 classes"), r.err());

        Path tuned = dir.resolve("tuned");
        r = MainTest.run("train-backbone", "--data", data.toString(), "--size", "16", "--init", scratch.toString(),
                "--tail", "1", "--epochs", "1", "--batch", "4", "--out", tuned.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(tuned.resolve("small-cnn.json")).contains("fine-tuned from scratch (last 1 stages)"));

        Path x = dir.resolve("x.npy");
        r = MainTest.run("embed", "--data", data.toString(), "--backbone", tuned.toString(), "--size", "16",
                "--no-cache", "--out", x.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(16, org.silhouette.core.Npy.read(x).rows());
    }

    @Test
    void badRequestsAreOneLine(@TempDir Path dir) throws IOException {
        Path data = imageFolder(dir.resolve("data"));
        MainTest.Result r = MainTest.run("train-backbone", "--data", data.toString(), "--tail", "1", "--out",
                dir.resolve("o").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().strip().startsWith("error: --tail needs --init"), r.err());
        r = MainTest.run("train-backbone", "--data", dir.resolve("missing").toString(), "--out", dir.resolve("o").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
