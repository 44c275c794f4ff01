package org.silhouette.cli;

import org.silhouette.core.Progress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr: one self-overwriting line on a terminal, otherwise a line per 10 % so logs stay
 * short. Updates come from worker threads, hence the synchronisation.
 */
public final class ConsoleProgress implements Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private String stage;
    private long lastPrint;
    private long lastDecile = -1;
    private boolean open;

    public ConsoleProgress(PrintWriter err) {
        this.err = err;
        java.io.Console c = System.console();
        this.terminal = c != null && c.isTerminal();
    }

    @Override
    public synchronized void update(String stageName, long done, long total) {
        boolean newStage = !stageName.equals(stage);
        if (newStage) {
            done();
            stage = stageName;
            lastDecile = -1;
        }
        String text = total > 0
                ? String.format(Locale.ROOT, "%s %d/%d (%d%%)", stageName, done, total, done * 100 / total)
                : stageName + " " + done;
        if (terminal) {
            long now = System.nanoTime();
            if (newStage || now - lastPrint > 100_000_000L || done == total) {
                err.print("\r" + text + "   ");
                err.flush();
                lastPrint = now;
                open = true;
            }
        } else if (total > 0) {
            long decile = done * 10 / total;
            if (decile != lastDecile) {
                lastDecile = decile;
                err.println(text);
                err.flush();
            }
        } else if (newStage) {
            err.println(stageName + "...");
            err.flush();
        }
    }

    /** Ends the current progress line. */
    public synchronized void done() {
        if (open) {
            err.println();
            err.flush();
            open = false;
        }
        stage = null;
    }
}
