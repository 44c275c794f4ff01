package org.silhouette.harness.bench;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.session.LoopOptions;
import org.silhouette.session.MapLoop;
import org.silhouette.session.RefreshLoop;

import java.util.SplittableRandom;

/**
 * Times what the user waits for after naming a lasso: a warm {@link RefreshLoop} round (train, re-embed,
 * warm UMAP beside the suggestions) through the app's own {@link MapLoop}, up to the suggestions the app shows.
 */
public final class LoopBenchmark {
    private LoopBenchmark() {
    }

    /**
     * @param labelled images labelled when the timed round starts (after one more lasso of {@code lasso} images)
     * @param layoutSeconds the warm UMAP and the suggestions side by side, wall time
     * @param suggestSeconds the suggestions' own time, beside the layout
     * @param afterSeconds asking for the suggestions after the round (nothing left to do when the round spread
     *     them)
     * @param setupSeconds first map and first (fresh) round, untimed, for context
     * @param followSeconds the structure target following the last round's labels, which the app runs after a
     *     round while the user looks, untimed
     */
    public record Result(int rows, int features, int labelled, int lasso, double trainSeconds, double embedSeconds,
            double layoutSeconds, double suggestSeconds, double afterSeconds, double totalSeconds, int trainSteps,
            double setupSeconds, double followSeconds) {
    }

    /**
     * @param labelledFraction share of images already labelled before the timed lasso
     */
    public static Result run(int rows, int features, int classes, double labelledFraction, int lasso,
            LoopOptions options) {
        long setup = System.nanoTime();
        FloatMatrix x = TrainBenchmark.syntheticFeatures(rows, features, classes, 7);
        SplittableRandom r = new SplittableRandom(5);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = r.nextDouble() < labelledFraction ? i % classes : -1;
        }
        try (MapLoop map = MapLoop.start(x, options.seed(), Progress.NONE, Cancellation.NEVER)) {
            map.refresh(labels, options, Progress.NONE, Cancellation.NEVER);
            double setupSeconds = (System.nanoTime() - setup) / 1e9;
            long follow = System.nanoTime();
            map.followLabels(options, Progress.NONE, Cancellation.NEVER); // as the app, once the round is shown
            double followSeconds = (System.nanoTime() - follow) / 1e9;
            return timedRound(map, labels, rows, classes, lasso, options, setupSeconds, followSeconds);
        }
    }

    private static Result timedRound(MapLoop map, int[] labels, int rows, int classes, int lasso, LoopOptions options,
            double setupSeconds, double followSeconds) {

        // the user lassoes `lasso` unlabelled images of one class and names them
        int added = 0;
        for (int i = 0; i < rows && added < lasso; i++) {
            if (labels[i] < 0 && i % classes == 0) {
                labels[i] = 0;
                added++;
            }
        }
        long t0 = System.nanoTime();
        RefreshLoop.Round round = map.refresh(labels, options, Progress.NONE, Cancellation.NEVER);
        long t1 = System.nanoTime();
        map.suggest(labels, Cancellation.NEVER);
        long t2 = System.nanoTime();
        int labelled = 0;
        for (int l : labels) {
            labelled += l >= 0 ? 1 : 0;
        }
        return new Result(rows, map.features().cols(), labelled, added, round.trainSeconds(), round.embedSeconds(),
                round.layoutSeconds(), round.suggestSeconds(), (t2 - t1) / 1e9, (t2 - t0) / 1e9,
                round.training().steps(), setupSeconds, followSeconds);
    }

    /** The app's target case: 10k images of 1280 features, 10 classes, 20% labelled, a lasso of 100. */
    public static Result default10k() {
        return run(10_000, 1280, 10, 0.2, 100, LoopOptions.defaults());
    }
}
