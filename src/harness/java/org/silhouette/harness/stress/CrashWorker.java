package org.silhouette.harness.stress;

import org.silhouette.project.ProjectStore;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The child JVM of a crash trial: labels through the real store and, after each operation has returned
 * (is committed), prints {@code ACK k}; before it, {@code BEGIN k op}. The parent kills it at random.
 * Arguments: project folder, seed, number of operations, history limit.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int ops = Integer.parseInt(args[2]);
        int historyLimit = Integer.parseInt(args[3]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ProjectStore.Options options = ProjectStore.Options.defaults().withHistory(historyLimit, Long.MAX_VALUE);
        try (ProjectStore store = ProjectStore.open(project, null, options)) {
            out.println("READY");
            Random r = new Random(new SplittableRandom(seed).nextLong());
            for (int k = 1; k <= ops; k++) {
                String op = CrashOps.choose(r, store.snapshot(), store.images().size(), "s" + seed + "o" + k);
                out.println("BEGIN " + k + " " + op);
                CrashOps.execute(store, op);
                out.println("ACK " + k);
            }
        }
        out.println("DONE");
    }
}
