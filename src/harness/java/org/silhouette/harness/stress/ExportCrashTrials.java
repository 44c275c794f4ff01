package org.silhouette.harness.stress;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Npy;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.Csv;
import org.silhouette.data.ExportPair;
import org.silhouette.project.LabelState;
import org.silhouette.project.ProjectStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * kill -9 during export: a {@link ExportCrashWorker} labels and exports the embeddings pair over and over,
 * and is killed at a seeded moment. Then each pair on disk must either pass {@link ExportPair#check} with
 * both files from one export, or be refused by it (with the files really from two exports); a pair that
 * passes with files from two exports is a silent mismatch. Every acknowledged label must be in the project.
 */
public final class ExportCrashTrials {
    static final int IMAGES = 3000;
    private static final int OPS_PER_CHILD = 2000;

    /**
     * @param trials children started and killed
     * @param exports exports the children reported finished
     * @param consistent pairs on disk after a kill whose two files came from one export (the check passed)
     * @param refused pairs from two exports, refused by the check (a kill between the two renames)
     * @param acknowledged labels acknowledged by the children, each looked for after the kill
     * @param failures silent mismatches, false refusals, lost labels, unreadable files; empty when it held
     */
    public record Report(int trials, long exports, int consistent, int refused, long acknowledged,
            List<String> failures) {
        public boolean passed() {
            return failures.isEmpty() && trials > 0;
        }

        public String summary() {
            return String.format(Locale.ROOT, "%d kill -9 trials while exporting (%,d exports finished): pairs left"
                    + " on disk: %d from one export, %d from two exports (killed between the renames) and refused"
                    + " by the check, %d mismatched pairs accepted; %,d acknowledged labels, %d lost; %s", trials,
                    exports, consistent, refused, mismatched(), acknowledged, lost(),
                    passed() ? "no failures." : failures.size() + " failures, first: " + failures.getFirst());
        }

        private long mismatched() {
            return failures.stream().filter(f -> f.contains("mismatched")).count();
        }

        private long lost() {
            return failures.stream().filter(f -> f.contains("lost")).count();
        }
    }

    private ExportCrashTrials() {
    }

    public static Report run(int trials, long seed, Path workDir, Progress progress, Cancellation cancel)
            throws IOException, InterruptedException {
        Path project = CrashTrials.createProject(workDir, ProjectStore.Options.defaults(), IMAGES);
        Path npy = Files.createDirectories(workDir.resolve("out")).resolve("embeddings.npy");
        Path csv = workDir.resolve("out").resolve("embeddings.coords.csv");
        long exports = 0;
        long acknowledged = 0;
        int consistent = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            cancel.check();
            progress.update("Export crash trials", t, trials);
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + t);
            long delayNanos = 100_000_000L + r.nextLong(1_500_000_000L);
            int first = t * OPS_PER_CHILD + 1; // the label of image k % IMAGES is the one op k gave it
            Path nativeTmp = Files.createDirectories(workDir.resolve("native-" + t));
            Process child = ChildJvm.start(ExportCrashWorker.class, nativeTmp, List.of(project.toString(),
                    npy.toString(), csv.toString(), Integer.toString(first), Integer.toString(first + OPS_PER_CHILD - 1)),
                    workDir.resolve("stderr-" + t + ".txt"));
            child.getOutputStream().close();
            List<Integer> acked = new ArrayList<>();
            boolean killed = false;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.equals("READY") && !killed) {
                        // from another thread, so the lines keep being read while the delay runs
                        Thread.ofVirtual().start(() -> {
                            LockSupport.parkNanos(delayNanos);
                            child.toHandle().destroyForcibly(); // SIGKILL, keeping our end of the pipe
                        });
                        killed = true;
                    } else if (line.startsWith("ACK ")) {
                        acked.add(Integer.parseInt(line.substring(4)));
                    } else if (line.startsWith("EXPORTED ")) {
                        exports++;
                    }
                }
            }
            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                failures.add("trial " + t + ": the child did not end");
            }
            if (!killed) {
                failures.add("trial " + t + ": the child ended before it was ready: exit " + child.exitValue());
            }
            acknowledged += acked.size();
            switch (checkPair(t, npy, csv, failures)) {
                case 1 -> consistent++;
                case 2 -> refused++;
                default -> { }
            }
            checkLabels(t, project, acked, failures);
            CrashTrials.deleteTree(nativeTmp);
        }
        progress.update("Export crash trials", trials, trials);
        return new Report(trials, exports, consistent, refused, acknowledged, List.copyOf(failures));
    }

    /** 1: one export, accepted; 2: two exports, refused; 0: nothing to check yet or a failure recorded. */
    static int checkPair(int t, Path npy, Path csv, List<String> failures) throws IOException {
        if (!Files.exists(npy) && !Files.exists(csv)) {
            return 0; // killed before the first export finished
        }
        int fromNpy;
        int fromCsv;
        try {
            fromNpy = (int) Math.floor(Npy.read(npy).get(0, 0));
            List<List<String>> rows = Csv.readFile(csv, "no coordinates file");
            fromCsv = (int) Float.parseFloat(rows.get(1).get(2));
        } catch (IOException | RuntimeException e) {
            failures.add("trial " + t + ": an export file cannot be read: " + e);
            return 0;
        }
        try {
            ExportPair.check(npy, csv);
            if (fromNpy != fromCsv) {
                failures.add("trial " + t + ": mismatched pair accepted: matrix of export " + fromNpy
                        + ", coordinates of export " + fromCsv);
                return 0;
            }
            return 1;
        } catch (UserError e) {
            if (fromNpy == fromCsv) {
                failures.add("trial " + t + ": a pair from one export (" + fromNpy + ") was refused: " + e.getMessage());
                return 0;
            }
            return 2;
        }
    }

    private static void checkLabels(int t, Path project, List<Integer> acked, List<String> failures) {
        try (ProjectStore s = ProjectStore.open(project, null, ProjectStore.Options.defaults())) {
            LabelState st = s.snapshot();
            for (int k : acked) {
                int label = st.labelOf(k % IMAGES);
                String name = label == LabelState.NONE ? "(none)" : st.label(label).orElseThrow().name();
                if (!name.equals(ExportCrashWorker.labelName(k % ExportCrashWorker.LABELS))) {
                    failures.add("trial " + t + ": acknowledged label " + k + " lost (image " + k % IMAGES + " has "
                            + name + ")");
                }
            }
        } catch (RuntimeException e) {
            failures.add("trial " + t + ": reopening failed: " + e);
        }
    }
}
