package org.silhouette.cli;

import org.silhouette.core.Progress;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints progress on stderr at most once a second per stage, and always a stage's last update. */
final class StderrProgress implements Progress {
    private final PrintWriter err;
    private String stage = "";
    private long lastPrint;

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        long now = System.nanoTime();
        boolean newStage = !stage.equals(this.stage);
        boolean finished = total > 0 && done >= total;
        if (!newStage && !finished && now - lastPrint < 1_000_000_000L) {
            return;
        }
        this.stage = stage;
        lastPrint = now;
        if (total > 0) {
            err.printf(Locale.ROOT, "%s: %d/%d (%.0f%%)%n", stage, done, total, 100.0 * done / total);
        } else {
            err.printf(Locale.ROOT, "%s: %d%n", stage, done);
        }
        err.flush();
    }
}
