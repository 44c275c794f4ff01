package org.silhouette.app;

import javafx.concurrent.Task;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.core.ProgressText;

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

    private final Work<T> work;
    private final CancelFlag flag = new CancelFlag();
    private final ProgressText text = new ProgressText();

    Job(String title, Work<T> work) {
        this.work = work;
        updateTitle(title);
        updateMessage("Waiting…");
    }

    @Override
    protected T call() throws Exception {
        return work.run(this::report, flag);
    }

    /** Shows stage {@code stage}, which stops on a time budget, in seconds of that budget ({@link ProgressText}). */
    Job<T> timed(String stage, String title, double budgetSeconds) {
        text.timed(stage, title, budgetSeconds);
        return this;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        flag.cancel();
        return super.cancel(false);
    }

    private void report(String stage, long done, long total) {
        ProgressText.Line line = text.update(stage, done, total, System.nanoTime());
        if (line != null) {
            updateMessage(line.message());
            updateProgress(line.done(), line.total());
        }
    }
}
