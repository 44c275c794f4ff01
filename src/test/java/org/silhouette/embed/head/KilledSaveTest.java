package org.silhouette.embed.head;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.FloatMatrix;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real crash: a child JVM saving in a loop is killed with SIGKILL; the folder must still hold A or B. */
class KilledSaveTest {
    private static final int TRIALS = 3;
    private static final FloatMatrix X = FloatMatrix.of(new float[][] {{1, 2, 3}, {-1, 0, 2}, {4, 4, 0}});

    @Test
    void killingASaveMidwayLeavesAWholeModel(@TempDir Path tmp) throws Exception {
        FloatMatrix a;
        FloatMatrix b;
        try (EmbeddingModel ma = EmbeddingModel.create(new HeadSpec(3, List.of(256), 64), Standardizer.fit(X), 1);
                EmbeddingModel mb = EmbeddingModel.create(new HeadSpec(3, List.of(256), 64), Standardizer.fit(X), 2)) {
            a = ma.embed(X);
            b = mb.embed(X);
            ma.save(tmp.resolve("a"));
            mb.save(tmp.resolve("b"));
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < TRIALS; trial++) {
            Path dir = tmp.resolve("model" + trial);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), SaveLoop.class.getName(), dir.toString(),
                    tmp.resolve("a").toString(), tmp.resolve("b").toString()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
            try {
                assertEquals("ready", out.readLine(), "child started saving");
                assertEquals("saved", out.readLine(), "child replaced the model at least once");
                Thread.sleep(random.nextInt(100));
            } finally {
                p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            try (EmbeddingModel back = EmbeddingModel.load(dir)) {
                FloatMatrix y = back.embed(X);
                assertTrue(y.equals(a) || y.equals(b), "trial " + trial + ": the folder holds one whole model");
            }
        }
    }
}
