package org.silhouette.harness.stress;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.project.ImageRecord;
import org.silhouette.project.ProjectStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Kills a labelling process with SIGKILL at random points and checks the store afterwards. Each trial
 * starts a {@link CrashWorker} on the same project (so later trials also recover from earlier crashes),
 * kills it after a seeded number of output lines plus a seeded delay, or during startup, then reopens
 * the project and checks: SQLite integrity and foreign keys; the store's mirror equals a plain JDBC read;
 * the labels equal the {@link LabelModel} after every acknowledged operation (plus, at most, the one in
 * flight); the undo/redo depths match; and a few steps of undo and redo walk through the model's states.
 */
public final class CrashTrials {
    static final int IMAGES = 2000;
    static final int HISTORY_LIMIT = 40;
    private static final int OPS_PER_CHILD = 60;
    private static final int WALK = 4;

    /**
     * @param trials children started and killed (or left to finish)
     * @param acknowledged operations the children acknowledged, all of which must be found
     * @param inFlightCommitted kills between an operation's commit and its acknowledgement
     * @param inFlightLost kills inside an operation, before its commit (the store must not show it)
     * @param killedStarting kills before the child had opened the store
     * @param finished children that completed all their operations before the kill point
     * @param failures one line per violated check; empty when the store held up
     */
    public record Report(int trials, long acknowledged, int inFlightCommitted, int inFlightLost, int killedStarting,
            int finished, List<String> failures) {

        public boolean passed() {
            return failures.isEmpty();
        }

        public String summary() {
            return trials + " crash trials (SIGKILL), " + acknowledged + " acknowledged operations, all "
                    + (passed() ? "found" : "checked") + "; killed mid-operation " + (inFlightCommitted + inFlightLost)
                    + " times (" + inFlightCommitted + " had committed, " + inFlightLost + " had not), " + killedStarting
                    + " while starting, " + finished + " finished first; " + (passed() ? "no failures."
                    : failures.size() + " failures, first: " + failures.getFirst());
        }
    }

    private CrashTrials() {
    }

    /** Runs {@code trials} trials in {@code workDir} (created; should be empty), seeded by {@code seed}. */
    public static Report run(int trials, long seed, Path workDir, Progress progress, Cancellation cancel)
            throws IOException, InterruptedException {
        Path project = createProject(workDir, options(), IMAGES);
        LabelModel model = new LabelModel(IMAGES, HISTORY_LIMIT);
        Tally tally = new Tally();
        for (int t = 0; t < trials; t++) {
            cancel.check();
            progress.update("Crash trials", t, trials);
            model = trial(t, seed * 1_000_003L + t, workDir, project, model, tally);
        }
        progress.update("Crash trials", trials, trials);
        return new Report(trials, tally.acknowledged, tally.inFlightCommitted, tally.inFlightLost, tally.killedStarting,
                tally.finished, List.copyOf(tally.failures));
    }

    /** A project at {@code workDir/project} over {@code count} images in ten classes: where each kind of trial starts. */
    static Path createProject(Path workDir, ProjectStore.Options options, int count) throws IOException {
        Path project = workDir.resolve("project");
        try (ProjectStore s = ProjectStore.open(project, workDir.resolve("images"), options)) {
            List<ImageRecord> images = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                images.add(ImageRecord.of("class" + (i % 10) + "/image " + i + ".jpg"));
            }
            s.syncImages(images, true);
        }
        return project;
    }

    static ProjectStore.Options options() {
        return ProjectStore.Options.defaults().withHistory(HISTORY_LIMIT, Long.MAX_VALUE);
    }

    static final class Tally {
        long acknowledged;
        int inFlightCommitted;
        int inFlightLost;
        int killedStarting;
        int finished;
        final List<String> failures = new ArrayList<>();
    }

    private static LabelModel trial(int t, long trialSeed, Path workDir, Path project, LabelModel model, Tally tally)
            throws IOException, InterruptedException {
        // SplittableRandom mixes its seed; java.util.Random's first draws from consecutive seeds are near-equal.
        SplittableRandom kill = new SplittableRandom(trialSeed);
        // -1: kill while the child starts (opening, WAL recovery); otherwise after that many lines.
        // Operations take ~2-70 ms here, so a 0-15 ms delay after a line lands before, inside and after commits.
        int killAfterLines = kill.nextInt(8) == 0 ? -1 : kill.nextInt(2 * 30);
        long delayNanos = killAfterLines < 0 ? kill.nextLong(1_500_000_000L) : kill.nextLong(15_000_000L);
        Path nativeTmp = Files.createDirectories(workDir.resolve("native-" + t));
        Path stderr = workDir.resolve("stderr-" + t + ".txt");
        Process child = ChildJvm.start(CrashWorker.class, nativeTmp, List.of(project.toString(),
                Long.toString(trialSeed), Integer.toString(OPS_PER_CHILD), Integer.toString(HISTORY_LIMIT)), stderr);
        child.getOutputStream().close();

        List<String> begun = new ArrayList<>();
        int acked = 0;
        boolean ready = false;
        boolean done = false;
        boolean killed = false;
        if (killAfterLines < 0) {
            LockSupport.parkNanos(delayNanos);
            sigkill(child);
            killed = true;
        }
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int lines = 0;
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals("READY")) {
                    ready = true;
                } else if (line.startsWith("BEGIN ")) {
                    String[] p = line.split(" ", 3);
                    if (Integer.parseInt(p[1]) != begun.size() + 1) {
                        tally.failures.add("trial " + t + ": out-of-order line '" + line + "'");
                    }
                    begun.add(p[2]);
                } else if (line.startsWith("ACK ")) {
                    acked = Integer.parseInt(line.substring(4));
                } else if (line.equals("DONE")) {
                    done = true;
                }
                if (!killed && ++lines > killAfterLines && ready) {
                    LockSupport.parkNanos(delayNanos);
                    sigkill(child);
                    killed = true;
                }
            }
        }
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            tally.failures.add("trial " + t + ": the child did not end");
        }
        if (!killed || done) {
            tally.finished += done ? 1 : 0;
            if (child.exitValue() != 0 && !killed) {
                tally.failures.add("trial " + t + ": the child failed: " + firstLine(stderr));
            }
        }
        if (!ready) {
            tally.killedStarting++;
        }
        deleteTree(nativeTmp);

        LabelModel acknowledged = model.copy();
        for (int k = 0; k < acked; k++) {
            acknowledged.apply(begun.get(k));
        }
        tally.acknowledged += acked;
        LabelModel withInFlight = null;
        if (begun.size() > acked) {
            withInFlight = acknowledged.copy();
            withInFlight.apply(begun.get(acked));
        }
        return verify(t, project, acknowledged, withInFlight, tally);
    }

    static LabelModel verify(int t, Path project, LabelModel acknowledged, LabelModel withInFlight, Tally tally) {
        String where = "trial " + t + ": ";
        try (ProjectStore s = ProjectStore.open(project, null, options())) {
            for (String p : s.integrityProblems()) {
                tally.failures.add(where + "integrity: " + p);
            }
            RawDb db = RawDb.read(s.paths().database());
            if (!db.equals(RawDb.of(s.snapshot()))) {
                tally.failures.add(where + "the in-memory mirror differs from the database");
            }
            LabelModel model;
            if (db.equals(acknowledged.current())) {
                model = acknowledged;
                if (withInFlight != null && !withInFlight.current().equals(acknowledged.current())) {
                    tally.inFlightLost++;
                }
            } else if (withInFlight != null && db.equals(withInFlight.current())) {
                model = withInFlight;
                tally.inFlightCommitted++;
            } else {
                tally.failures.add(where + "the labels are neither the acknowledged state nor that plus the operation"
                        + " in flight");
                return acknowledged;
            }
            if (s.undoDepth() != model.undoDepth() || s.redoDepth() != model.redoDepth()) {
                tally.failures.add(where + "history depth " + s.undoDepth() + "/" + s.redoDepth() + ", expected "
                        + model.undoDepth() + "/" + model.redoDepth());
                return model;
            }
            int walk = Math.min(WALK, model.undoDepth());
            for (int k = 1; k <= walk; k++) {
                if (!s.undo() || !RawDb.of(s.snapshot()).equals(model.stateBefore(k))) {
                    tally.failures.add(where + "undo step " + k + " after the crash does not restore the earlier state");
                    return model;
                }
            }
            for (int k = walk - 1; k >= 0; k--) {
                if (!s.redo() || !RawDb.of(s.snapshot()).equals(model.stateBefore(k))) {
                    tally.failures.add(where + "redo after the crash does not restore the later state");
                    return model;
                }
            }
            if (!RawDb.read(s.paths().database()).equals(model.current())) {
                tally.failures.add(where + "the database differs after the undo/redo walk");
            }
            return model;
        } catch (RuntimeException e) {
            tally.failures.add(where + "reopening failed: " + e);
            return acknowledged;
        }
    }

    /**
     * SIGKILL on Linux/macOS (TerminateProcess on Windows). Through the ProcessHandle, because
     * Process.destroyForcibly() also closes our end of the pipe and would lose lines already written.
     */
    private static void sigkill(Process child) {
        child.toHandle().destroyForcibly();
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).findFirst().orElse("(no output)");
        } catch (IOException e) {
            return "(stderr unreadable)";
        }
    }

    /** Deletes a folder the harness made, and everything in it; nothing when it is not there. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : w.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
