package org.silhouette.experiment;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tutorial's comparison as numbers: every method is fitted on the training images and judged on the
 * evaluation images, once per seed.
 *
 * <ul>
 *   <li>{@code SEEN}: train on every class's train images, evaluate on every class's test images;</li>
 *   <li>{@code UNSEEN}: split the classes with the seed, train on the seen classes' train images, evaluate
 *       on the unseen classes' test images. No image of an unseen class reaches training.</li>
 * </ul>
 */
public final class Experiment {
    private Experiment() {
    }

    public enum Mode { SEEN, UNSEEN }

    /** One method in one run. */
    public record MethodResult(Method method, Map<String, Double> metrics, List<CurvePoint> curve,
            FloatMatrix embedding, FloatMatrix map, int[][] confusion, List<String> warnings) {
    }

    /**
     * One seed's run.
     *
     * @param split the class split (null in seen mode)
     * @param eval the evaluation images (their paths and labels go with the maps)
     */
    public record Run(long seed, ClassSplit split, int trainImages, LabelledFeatures eval,
            Map<Method, MethodResult> results) {
    }

    /** Hears about each method as soon as it is done (to draw its map and free it). */
    public interface Listener {
        Listener NONE = (run, index, result) -> { };

        void methodDone(Run run, int runIndex, MethodResult result);
    }

    /**
     * @param seeds runs with seeds {@code seed}, {@code seed + 1}, …
     */
    public static List<Run> run(Mode mode, LabelledFeatures train, LabelledFeatures test, List<Method> methods,
            RunSettings settings, double seenFraction, long seed, int seeds, Listener listener, Progress progress,
            Cancellation cancel) {
        requireSameClasses(train, test);
        if (seeds < 1 || seeds > 100) {
            throw new UserError("The number of seeded runs must be between 1 and 100, got " + seeds + ".");
        }
        List<Run> runs = new ArrayList<>();
        for (int r = 0; r < seeds; r++) {
            long s = seed + r;
            ClassSplit split = mode == Mode.UNSEEN ? ClassSplit.of(train.classes(), seenFraction, s) : null;
            LabelledFeatures trainSet = split == null ? train : train.restrictTo(split.seen());
            LabelledFeatures evalSet = split == null ? test : test.restrictTo(split.unseen());
            requireTwoClasses(trainSet, "training");
            requireTwoClasses(evalSet, "evaluation");
            Map<Method, MethodResult> results = new LinkedHashMap<>();
            Run run = new Run(s, split, trainSet.rows(), evalSet, results);
            for (Method m : methods) {
                cancel.check();
                progress.update("Method " + m + " (seed " + s + ")", 0, -1);
                MethodRunner.Outcome o = MethodRunner.run(m, trainSet, evalSet, settings, s, progress, cancel);
                Evaluation e = Evaluation.of(o.embedding(), evalSet.labels(), s, Progress.NONE, cancel);
                Map<String, Double> metrics = new LinkedHashMap<>(e.metrics());
                metrics.putAll(timing(o));
                MethodResult result = new MethodResult(m, metrics, o.curve(), o.embedding(), e.map(), e.confusion(),
                        o.warnings());
                results.put(m, result);
                listener.methodDone(run, r, result);
            }
            runs.add(run);
        }
        return runs;
    }

    /** Training time, and the training time at which MAP@R first reached 95% of its final value. */
    static Map<String, Double> timing(MethodRunner.Outcome o) {
        Map<String, Double> m = new LinkedHashMap<>();
        List<CurvePoint> curve = o.curve();
        CurvePoint last = curve.getLast();
        CurvePoint best = curve.getFirst();
        CurvePoint reached = last;
        for (CurvePoint p : curve) {
            if (p.mapAtR() > best.mapAtR()) {
                best = p;
            }
        }
        for (CurvePoint p : curve) {
            if (p.mapAtR() >= 0.95 * last.mapAtR()) {
                reached = p;
                break;
            }
        }
        // the curve often peaks early and then falls (overfitting to the seen classes); time to 95% of the
        // final value then says little, so the time to 95% of the best value is reported too
        CurvePoint nearBest = best;
        for (CurvePoint p : curve) {
            if (p.mapAtR() >= 0.95 * best.mapAtR()) {
                nearBest = p;
                break;
            }
        }
        m.put("train_seconds", o.trainSeconds());
        m.put("train_cpu_seconds", o.trainCpuSeconds());
        m.put("seconds_to_95", reached.wallSeconds());
        m.put("cpu_seconds_to_95", reached.cpuSeconds());
        m.put("epochs_to_95", reached.epoch());
        m.put("map_at_r_untrained", curve.getFirst().mapAtR());
        m.put("map_at_r_best", best.mapAtR());
        m.put("best_epoch", best.epoch());
        m.put("cpu_seconds_to_95_best", nearBest.cpuSeconds());
        m.put("epochs_to_95_best", nearBest.epoch());
        return m;
    }

    private static void requireSameClasses(LabelledFeatures train, LabelledFeatures test) {
        if (!train.classes().equals(test.classes())) {
            TreeSet<String> onlyTrain = new TreeSet<>(train.classes());
            onlyTrain.removeAll(test.classes());
            TreeSet<String> onlyTest = new TreeSet<>(test.classes());
            onlyTest.removeAll(train.classes());
            throw new UserError("train/ and test/ must hold the same classes; only in train/: " + onlyTrain
                    + ", only in test/: " + onlyTest + ".");
        }
    }

    private static void requireTwoClasses(LabelledFeatures set, String what) {
        long present = java.util.Arrays.stream(set.labels()).distinct().count();
        if (present < 2) {
            throw new UserError("The " + what + " images cover " + present + " class; at least two are needed.");
        }
    }
}
