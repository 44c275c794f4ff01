package org.silhouette.layout;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.train.HeadTrainer;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.embed.train.TrainResult;

import java.util.SplittableRandom;

/**
 * One round of the app's loop, timed by stage on synthetic cached features: warm-started head training
 * under a time budget, re-embedding every image, and a warm-started UMAP from the previous map.
 */
public final class RefreshBenchmark {
    private RefreshBenchmark() {
    }

    /**
     * @param trainSeconds the budgeted, warm-started training
     * @param embedSeconds embedding all rows with the new head
     * @param layoutSeconds warm UMAP from the previous coordinates
     * @param setupSeconds the untimed preparation (first training and first layout), for context
     */
    public record Result(int rows, int features, int dim, LossKind loss, double trainBudget, int trainSteps,
            double trainSeconds, double embedSeconds, double layoutSeconds, double totalSeconds, double setupSeconds) {
    }

    /**
     * @param labelledFraction share of rows that carry one of {@code classes} labels
     */
    public static Result run(int rows, int features, int classes, double labelledFraction, LossKind loss, int dim,
            double trainBudgetSeconds) {
        long setup = System.nanoTime();
        SplittableRandom r = new SplittableRandom(5);
        float[] data = new float[rows * features];
        int[] truth = new int[rows];
        for (int i = 0; i < rows; i++) {
            truth[i] = i % classes;
            for (int j = 0; j < features; j++) {
                data[i * features + j] = (float) (r.nextDouble() * 0.5 + ((j % classes) == truth[i] ? 0.5 : 0));
            }
        }
        FloatMatrix x = new FloatMatrix(rows, features, data);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = r.nextDouble() < labelledFraction ? truth[i] : -1;
        }
        TrainOptions options = TrainOptions.defaults(loss, dim).withSeed(1).withEpochs(1000)
                .withBudget(0, trainBudgetSeconds);
        TrainResult first = HeadTrainer.fit(x, labels, options.withBudget(0, 2 * trainBudgetSeconds), null, Progress.NONE,
                Cancellation.NEVER);
        FloatMatrix previous = Umap.fit(first.model().embed(x), UmapOptions.defaults(), Progress.NONE,
                Cancellation.NEVER).coordinates();
        double setupSeconds = (System.nanoTime() - setup) / 1e9;

        long t0 = System.nanoTime();
        TrainResult round;
        try (EmbeddingModel warm = first.model()) {
            round = HeadTrainer.fit(x, labels, options, warm, Progress.NONE, Cancellation.NEVER);
        }
        long t1 = System.nanoTime();
        FloatMatrix embedded;
        try (EmbeddingModel m = round.model()) {
            embedded = m.embed(x);
        }
        long t2 = System.nanoTime();
        FloatMatrix coords = Umap.fit(embedded, UmapOptions.defaults(), previous, Progress.NONE, Cancellation.NEVER)
                .coordinates();
        long t3 = System.nanoTime();
        if (coords.rows() != rows || !coords.allFinite()) {
            throw new IllegalStateException("the refreshed map lost points");
        }
        return new Result(rows, features, dim, loss, trainBudgetSeconds, round.steps(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, (t3 - t0) / 1e9, setupSeconds);
    }

    /** 10k rows of 1280 features, 10 classes, 20% labelled, cce at d = 10, half a second of training. */
    public static Result default10k() {
        return run(10_000, 1280, 10, 0.2, LossKind.CCE, 10, 0.5);
    }

    public static void main(String[] args) {
        System.out.println(default10k());
    }
}
