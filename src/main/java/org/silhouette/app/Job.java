package org.silhouette.app;

import javafx.concurrent.Task;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;

import java.util.Locale;

/**
 * Background work as a {@link Task}, so the task list shows its progress and offers Cancel. Cancelling trips
 * a flag the work polls and never interrupts the thread: an interrupt inside a {@code FileChannel} read would
 * close a cache file that other threads share.
 */
final class Job<T> extends Task<T> {

    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress, Cancellation cancel) throws Exception;
    }

    /** At most this often a progress change reaches the screen: each one costs a frame to render. */
    private static final long REPORT_EVERY_NANOS = 250_000_000L;

    private final Work<T> work;
    private final CancelFlag flag = new CancelFlag();
    private long lastReport;
    private String lastStage;
    private String timedStage;
    private String timedTitle;
    private double timedBudget;
    private long timedSince;

    Job(String title, Work<T> work) {
        this.work = work;
        updateTitle(title);
        updateMessage("Waiting…");
    }

    @Override
    protected T call() throws Exception {
        return work.run(this::report, flag);
    }

    /**
     * Shows a stage that stops on a time budget (the head's training) in seconds, "Round 3, training: 0.4 s of
     * at most 2.0 s", instead of its step count, whose total is a bound nobody reaches ("0 of 14,000,000").
     */
    Job<T> timed(String stage, String title, double budgetSeconds) {
        timedStage = stage;
        timedTitle = title;
        timedBudget = budgetSeconds;
        return this;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        flag.cancel();
        return super.cancel(false);
    }

    private void report(String stage, long done, long total) {
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (stage.equals(lastStage) && !finished && now - lastReport < REPORT_EVERY_NANOS) {
            return;
        }
        if (stage.equals(timedStage)) {
            if (!stage.equals(lastStage)) {
                timedSince = now;
            }
            lastStage = stage;
            lastReport = now;
            double seconds = Math.min(timedBudget, (now - timedSince) / 1e9);
            updateMessage(String.format(Locale.ROOT, "%s: %.1f s of at most %.1f s", timedTitle, seconds, timedBudget));
            updateProgress(seconds, timedBudget);
            return;
        }
        lastStage = stage;
        lastReport = now;
        if (total > 0) {
            updateMessage(String.format(Locale.ROOT, "%s: %,d of %,d", stage, Math.min(done, total), total));
            updateProgress(Math.min(done, total), total);
        } else {
            updateMessage(done > 0 ? String.format(Locale.ROOT, "%s: %,d", stage, done) : stage + "…");
            updateProgress(0, 1); // not indeterminate: its animation would cost a full frame every pulse
        }
    }
}
