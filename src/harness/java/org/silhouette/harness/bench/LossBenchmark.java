package org.silhouette.harness.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import org.silhouette.embed.loss.LossFactory;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.loss.LossOptions;
import org.silhouette.embed.loss.LossSetup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Forward+backward time of every loss on one random float32 batch, B×D, labels in a class-balanced
 * layout. The losses run interleaved, round by round, in a rotating order, after warm-up rounds, so
 * that a noisy shared machine slows them all alike; the medians and their ratios are what to read.
 */
public final class LossBenchmark {
    private LossBenchmark() {
    }

    /**
     * @param classes classes in the batch (row i has class i mod classes); cce runs on B×classes logits
     * @param warmup untimed rounds first
     * @param rounds timed rounds
     */
    public record Options(int classes, int warmup, int rounds, long seed) {
        public Options {
            if (classes < 2 || warmup < 0 || rounds < 1) {
                throw new IllegalArgumentException("need classes >= 2, warmup >= 0, rounds >= 1");
            }
        }

        public static Options defaults() {
            return new Options(16, 5, 20, 42);
        }
    }

    /**
     * @param medianMs median milliseconds per forward+backward, by name (silhouette, silhouette-mean,
     *     contrastive, triplet-hard, triplet-all, cosine-corel, gaussian-corel, cce)
     * @param silhouetteOverTripletHard median silhouette time / median triplet batch-hard time
     */
    public record Result(int batch, int dim, int classes, int rounds, String device, Map<String, Double> medianMs,
            double silhouetteOverTripletHard, double silhouetteMeanOverTripletHard) {
    }

    public static Result run(int batch, int dim) {
        return run(batch, dim, Options.defaults());
    }

    public static Result run(int batch, int dim, Options o) {
        if (batch < 2 || dim < 1) {
            throw new IllegalArgumentException("need batch >= 2 and dim >= 1");
        }
        Random random = new Random(o.seed());
        float[] x = new float[batch * dim];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        float[] logits = new float[batch * o.classes()];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) random.nextGaussian();
        }
        float[] labels = new float[batch];
        for (int i = 0; i < batch; i++) {
            labels[i] = i % o.classes();
        }

        try (NDManager root = NDManager.newBaseManager()) {
            List<Step> steps = steps(root, batch, dim, o.classes());
            Map<String, double[]> times = new LinkedHashMap<>();
            steps.forEach(s -> times.put(s.name(), new double[o.rounds()]));
            for (int round = 0; round < o.warmup() + o.rounds(); round++) {
                for (int k = 0; k < steps.size(); k++) {
                    Step s = steps.get((k + round) % steps.size());
                    double ms = time(root, s, s.name().equals("cce") ? logits : x,
                            s.name().equals("cce") ? o.classes() : dim, labels);
                    if (round >= o.warmup()) {
                        times.get(s.name())[round - o.warmup()] = ms;
                    }
                }
            }
            Map<String, Double> medians = new LinkedHashMap<>();
            times.forEach((name, t) -> medians.put(name, median(t)));
            double triplet = medians.get("triplet-hard");
            return new Result(batch, dim, o.classes(), o.rounds(), root.getDevice().toString(), medians,
                    medians.get("silhouette") / triplet, medians.get("silhouette-mean") / triplet);
        }
    }

    /** One loss to time; {@code block} (COREL's class vectors) runs in front of it when present. */
    private record Step(String name, Loss loss, Block block) {
    }

    private static List<Step> steps(NDManager root, int batch, int dim, int classes) {
        LossOptions hard = LossOptions.defaults();
        LossOptions all = new LossOptions(hard.margin(), false, 0, hard.corelGamma());
        List<Step> steps = new ArrayList<>();
        steps.add(step("silhouette", LossKind.SILHOUETTE, hard, classes, dim));
        steps.add(step("silhouette-mean", LossKind.SILHOUETTE_MEAN, hard, classes, dim));
        steps.add(step("contrastive", LossKind.CONTRASTIVE, hard, classes, dim));
        steps.add(step("triplet-hard", LossKind.TRIPLET, hard, classes, dim));
        steps.add(step("triplet-all", LossKind.TRIPLET, all, classes, dim));
        steps.add(step("cosine-corel", LossKind.COSINE_COREL, hard, classes, dim));
        steps.add(step("gaussian-corel", LossKind.GAUSSIAN_COREL, hard, classes, dim));
        steps.add(step("cce", LossKind.CCE, hard, classes, classes));
        for (Step s : steps) {
            if (s.block() != null) {
                s.block().initialize(root, DataType.FLOAT32, new Shape(batch, dim));
            }
        }
        return steps;
    }

    private static Step step(String name, LossKind kind, LossOptions options, int classes, int dim) {
        LossSetup setup = LossFactory.create(kind, options, classes, dim);
        return new Step(name, setup.loss(), setup.trainingBlock());
    }

    private static double time(NDManager root, Step s, float[] data, int cols, float[] labelData) {
        try (NDManager m = root.newSubManager()) {
            NDArray x = m.create(data, new Shape(labelData.length, cols));
            NDArray labels = m.create(labelData);
            x.setRequiresGradient(true);
            long start = System.nanoTime();
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray predictions = s.block() == null ? x
                        : s.block().forward(new ParameterStore(m, false), new NDList(x), true).singletonOrThrow();
                NDArray loss = s.loss().evaluate(new NDList(labels), new NDList(predictions));
                gc.backward(loss);
            }
            x.getGradient().sum().getFloat(); // waits for the backward pass on an asynchronous device
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
