package org.silhouette.core;

import java.util.Locale;
import java.util.Map;

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

    /**
     * Stages that count epochs or iterations, which mean nothing to a person ("UMAP: 358 of 500"): shown as a
     * percentage under a plain name instead. Stages that count images keep their counts.
     */
    static final Map<String, String> IN_PERCENT = Map.of(
            "UMAP", "Laying out the map",
            "t-SNE", "Laying out the map (t-SNE)",
            "Preparing the next round", "Preparing the next round",
            "Training small CNN", "Training the small CNN");

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
        String plain = IN_PERCENT.get(stage);
        if (plain != null && total > 0) {
            long capped = Math.min(done, total);
            return new Line(String.format(Locale.ROOT, "%s: %d %%", plain, Math.round(100.0 * capped / total)), capped,
                    total);
        }
        if (total == 1) { // one step of one: only whether it is over, so no "0 of 1"
            return new Line(done >= 1 ? stage + ": done" : stage + "…", Math.min(done, 1), 1);
        }
        if (total > 0) {
            return new Line(String.format(Locale.ROOT, "%s: %,d of %,d", stage, Math.min(done, total), total),
                    Math.min(done, total), total);
        }
        return new Line(done > 0 ? String.format(Locale.ROOT, "%s: %,d", stage, done) : stage + "…", 0, 1);
    }
}
