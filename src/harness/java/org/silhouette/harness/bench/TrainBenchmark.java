package org.silhouette.harness.bench;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.train.HeadTrainer;
import org.silhouette.embed.train.PkSampler;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.embed.train.TrainResult;

import java.util.List;
import java.util.SplittableRandom;

/** Head training speed on cached features, for the {@code bench} command. */
public final class TrainBenchmark {
    private TrainBenchmark() {
    }

    /**
     * @param rows images (all labelled)
     * @param features backbone feature width
     * @param classes classes among the rows
     * @param loss the loss; cce needs {@code dim == classes}
     * @param secondsPerEpoch median over the epochs after the first (the first includes warm-up)
     * @param firstEpochSeconds the first epoch, warm-up included (set-up before the first batch excluded)
     */
    public record Result(int rows, int features, int classes, int dim, List<Integer> hidden, int batchSize,
            int stepsPerEpoch, LossKind loss, int epochs, double firstEpochSeconds, double secondsPerEpoch) {
    }

    /** Trains on seeded synthetic Gaussian classes and times each epoch. */
    public static Result headEpoch(int rows, int features, int classes, TrainOptions options) {
        FloatMatrix x = syntheticFeatures(rows, features, classes, 7);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = i % classes;
        }
        double[] epochSeconds = new double[options.epochs()];
        long[] last = {System.nanoTime()};
        int[] lastEpoch = {0};
        PkSampler probe = new PkSampler(labels, options.batchP(), options.batchK(), 0);
        int steps = (rows + probe.maxBatchSize() - 1) / probe.maxBatchSize();
        Progress timer = (stage, done, total) -> {
            if (done == 0) {
                last[0] = System.nanoTime(); // training starts: set-up is not an epoch
            } else if (done % steps == 0) {
                long now = System.nanoTime();
                epochSeconds[lastEpoch[0]++] = (now - last[0]) / 1e9;
                last[0] = now;
            }
        };
        TrainResult r = HeadTrainer.fit(x, labels, options, null, timer, Cancellation.NEVER);
        r.model().close();
        double[] rest = java.util.Arrays.copyOfRange(epochSeconds, 1, Math.max(1, lastEpoch[0]));
        java.util.Arrays.sort(rest);
        double median = rest.length == 0 ? epochSeconds[0] : rest[rest.length / 2];
        return new Result(rows, features, classes, options.dim(), options.hidden(), probe.maxBatchSize(), steps,
                options.loss(), lastEpoch[0], epochSeconds[0], median);
    }

    /** The default benchmark: 10k rows of 1280 features (MobileNetV2's width), 10 classes, cce at d = 10. */
    public static Result headEpoch10k() {
        TrainOptions o = TrainOptions.builder(LossKind.CCE, 10).epochs(5).seed(1).build();
        return headEpoch(10_000, 1280, 10, o);
    }

    public static FloatMatrix syntheticFeatures(int rows, int features, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] data = new float[Math.multiplyExact(rows, features)];
        for (int i = 0; i < rows; i++) {
            int c = i % classes;
            for (int j = 0; j < features; j++) {
                // ReLU-like non-negative features with a class-dependent bump, as pooled CNN taps look.
                double v = r.nextDouble() * 0.5 + ((j % classes) == c ? 0.5 : 0);
                data[i * features + j] = (float) v;
            }
        }
        return new FloatMatrix(rows, features, data);
    }

    public static void main(String[] args) {
        System.out.println(headEpoch10k());
    }
}
