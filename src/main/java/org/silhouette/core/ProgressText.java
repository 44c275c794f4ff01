package org.silhouette.core;

import java.util.Locale;

/**
 * Progress reports as a line a person reads and the done and total of a bar, at most every quarter second
 * within a stage (each change costs a window a frame). A stage that stops on a time budget (the head's
 * training) is shown in seconds of that budget, "Round 3, training: 0.4 s of at most 2.0 s", instead of its
 * step count, whose total is a bound nobody reaches ("0 of 14,000,000"). One reporting thread at a time.
 */
public final class ProgressText {

    /** What to show: the line, and the bar's done and total (never indeterminate: its animation costs frames). */
    public record Line(String message, double done, double total) {
    }

    static final long REPORT_EVERY_NANOS = 250_000_000L;

    private long lastReport;
    private String lastStage;
    private String timedStage;
    private String timedTitle;
    private double timedBudget;
    private long timedSince;

    /** Shows stage {@code stage} as {@code title} and the seconds spent of {@code budgetSeconds}. */
    public void timed(String stage, String title, double budgetSeconds) {
        timedStage = stage;
        timedTitle = title;
        timedBudget = budgetSeconds;
    }

    /** The line for a report at {@code nowNanos}; null when the last one of this stage is recent enough to keep. */
    public Line update(String stage, long done, long total, long nowNanos) {
        boolean finished = total > 0 && done >= total;
        if (stage.equals(lastStage) && !finished && nowNanos - lastReport < REPORT_EVERY_NANOS) {
            return null;
        }
        if (stage.equals(timedStage) && !stage.equals(lastStage)) {
            timedSince = nowNanos;
        }
        lastStage = stage;
        lastReport = nowNanos;
        if (stage.equals(timedStage)) {
            double seconds = Math.min(timedBudget, (nowNanos - timedSince) / 1e9);
            return new Line(String.format(Locale.ROOT, "%s: %.1f s of at most %.1f s", timedTitle, seconds, timedBudget),
                    seconds, timedBudget);
        }
        if (total > 0) {
            return new Line(String.format(Locale.ROOT, "%s: %,d of %,d", stage, Math.min(done, total), total),
                    Math.min(done, total), total);
        }
        return new Line(done > 0 ? String.format(Locale.ROOT, "%s: %,d", stage, done) : stage + "…", 0, 1);
    }
}
