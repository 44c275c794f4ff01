package org.silhouette.experiment;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.session.CalibrationError;
import org.silhouette.session.IntrospectionMap;
import org.silhouette.session.LoopOptions;
import org.silhouette.session.MapLoop;
import org.silhouette.session.RefreshLoop;
import org.silhouette.session.ReviewedConfidence;
import org.silhouette.session.Suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * A scripted annotator labelling a dataset on the map, one action at a time, starting with no labels.
 *
 * <p>Each action is one of:
 * <ul>
 *   <li><b>lasso</b>: outline the densest group of unlabelled points on the current map
 *       ({@link LassoPicker}, no labels used) and name it with the majority true class of its members;
 *       the {@link Person} decides how many minority members are deselected first and how often the name
 *       is wrong;</li>
 *   <li><b>accept-in-lasso</b>: the same lasso, but accept the suggestions inside it instead, when the person
 *       sees that more of them are right than the single name would make right; the person deselects
 *       wrong suggestions as thoroughly as it deselects a lasso's minority;</li>
 *   <li><b>accept-all</b>: select everything and accept every suggestion, done only when a spot check of
 *       random unlabelled images that show a suggestion finds the suggestions right (the app's "accept suggestions in selection"
 *       over the whole map).</li>
 * </ul>
 * In loop mode every action is followed by one round of {@link RefreshLoop} (retrain, re-embed, warm UMAP)
 * through the app's own {@link MapLoop}, which also makes the suggestions. In static mode the first map, the backbone's own ({@link IntrospectionMap}),
 * stays.
 *
 * <p><b>Accuracy</b> is the share of all images whose current label (given or accepted) is their true class;
 * an unlabelled image counts as wrong. <b>Coverage</b> is the share of images that carry any label.
 */
public final class Simulation {
    private Simulation() {
    }

    public enum Mode { STATIC, LOOP }

    /**
     * @param loop how the loop retrains (its seed also seeds the first map)
     * @param budget most actions
     * @param suggestions whether the person may accept suggestions (off: lassos only)
     * @param spotCheck images looked at before accepting everything
     * @param spotCheckWrong wrong suggestions tolerated in that check
     * @param classesBeforeTraining loop mode: the map is first retrained once this many distinct labels exist
     *     (2, the least that can be trained on, is what the app does)
     * @param annotator how thoroughly the person reviews a lasso before naming it or accepting its suggestions
     */
    public record Options(Mode mode, LoopOptions loop, int budget, long seed, boolean suggestions,
            LassoPicker.Options lasso, int spotCheck, int spotCheckWrong, int classesBeforeTraining, Person annotator) {
        public Options {
            if (annotator == null) {
                throw new IllegalArgumentException("an annotator is required");
            }
            if (classesBeforeTraining < 2) {
                throw new IllegalArgumentException("training needs at least 2 classes, got " + classesBeforeTraining);
            }
            if (budget < 1 || budget > 100_000) {
                throw new IllegalArgumentException("the action budget must be in [1, 100000], got " + budget);
            }
            if (spotCheck < 1 || spotCheckWrong < 0 || spotCheckWrong >= spotCheck) {
                throw new IllegalArgumentException("bad spot check: " + spotCheckWrong + " wrong of " + spotCheck);
            }
        }

        public static Options defaults(Mode mode, LoopOptions loop, int budget, long seed) {
            return new Options(mode, loop, budget, seed, true, LassoPicker.Options.defaults(), 50, 2, 2, Person.HASTY);
        }
    }

    /**
     * The state after each action; index 0 is the start (no labels).
     *
     * @param withSuggestions accuracy if every current suggestion were accepted too (NaN without suggestions)
     * @param kinds what each action was ("start" first)
     * @param groups images the action labelled
     * @param wrong of those, how many got a wrong label
     * @param seconds wall seconds of each action's refresh (0 in static mode)
     * @param calibration how well the suggestions' confidence matched their accuracy after each action
     */
    public record Curve(int[] actions, double[] accuracy, double[] coverage, double[] withSuggestions,
            List<String> kinds, int[] groups, int[] wrong, double[] seconds, Calibration calibration) {

        /** A curve without calibration figures (all NaN). */
        public Curve(int[] actions, double[] accuracy, double[] coverage, double[] withSuggestions,
                List<String> kinds, int[] groups, int[] wrong, double[] seconds) {
            this(actions, accuracy, coverage, withSuggestions, kinds, groups, wrong, seconds,
                    Calibration.none(actions.length));
        }

        /** The first action count at which accuracy reached {@code target}, or -1. */
        public int actionsTo(double target) {
            for (int i = 0; i < actions.length; i++) {
                if (accuracy[i] >= target) {
                    return actions[i];
                }
            }
            return -1;
        }
    }

    /**
     * Per curve point, over the unlabelled images against the truth (NaN without suggestions):
     *
     * @param ece expected calibration error ({@link CalibrationError}, 15 bins) of the suggestions the app shows
     * @param rawEce the same for the raw label-spreading share the suggestions had before calibration
     * @param reviewedEce the same for the confidence learnt from the spot checks' verdicts so far
     *     ({@link ReviewedConfidence}), as the app learns it from the review queue
     * @param suggested share of the unlabelled images that got a suggestion at all
     * @param rawSuggested the same for the raw spreading
     * @param named distinct labels in use after the action
     */
    public record Calibration(double[] ece, double[] rawEce, double[] reviewedEce, double[] suggested,
            double[] rawSuggested, int[] named) {
        static Calibration none(int points) {
            double[] nan = new double[points];
            Arrays.fill(nan, Double.NaN);
            return new Calibration(nan, nan, nan, nan, nan, new int[points]);
        }

        /** Mean and max of an ECE curve over the points with at least {@code classes} named and suggestions. */
        public static double[] meanAndMax(double[] values, int[] named, int classes) {
            double sum = 0;
            double max = Double.NaN;
            int m = 0;
            for (int i = 0; i < values.length; i++) {
                if (named[i] >= classes && !Double.isNaN(values[i])) {
                    sum += values[i];
                    max = m == 0 ? values[i] : Math.max(max, values[i]);
                    m++;
                }
            }
            return new double[] {m == 0 ? Double.NaN : sum / m, max};
        }
    }

    /** Hears about every action as it completes. */
    public interface Listener {
        Listener NONE = (action, kind, group, accuracy, coverage) -> { };

        void acted(int action, String kind, int group, double accuracy, double coverage);
    }

    /**
     * @param features backbone features, one row per image
     * @param truth the true class of every image, 0..classes−1 (only the person's eyes use it)
     */
    public static Curve run(FloatMatrix features, int[] truth, int classes, Options o, Listener listener,
            Progress progress, Cancellation cancel) {
        int n = features.rows();
        if (truth.length != n) {
            throw new IllegalArgumentException(truth.length + " true labels for " + n + " images");
        }
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        SplittableRandom random = new SplittableRandom(o.seed());
        // the person's own stream, apart from the spot checks', so careful and hasty runs draw as they always did
        SplittableRandom eyes = new SplittableRandom(o.seed()).split();
        Recorder rec = new Recorder();
        // what the person saw in the spot checks, as the app learns it from the review queue's verdicts
        ReviewedConfidence reviewed = new ReviewedConfidence();
        try (MapLoop map = MapLoop.start(features, o.loop().seed(), progress, cancel)) {
            rec.add(0, "start", 0, 0, labels, truth, null, reviewed, 0);
            Suggestions.Compared sug = null;
            for (int action = 1; action <= o.budget() && unlabelled(labels) > 0; action++) {
                cancel.check();
                int[] before = labels.clone();
                String kind;
                // an accept-all that would change nothing (every open image without a suggestion) is no action
                if (sug != null && distinct(labels) >= 2 && anySuggested(labels, sug.calibrated().label())
                        && spotCheck(labels, sug.calibrated(), truth, o, random, reviewed)) {
                    kind = "accept-all";
                    Annotator.accept(labels, unlabelledRows(labels), sug.calibrated().label());
                } else {
                    boolean[] candidate = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        candidate[i] = labels[i] < 0;
                    }
                    int[] members = LassoPicker.pick(map.state().coords(), candidate, o.lasso()).members();
                    int name = Annotator.majority(members, truth, classes);
                    if (sug != null && Annotator.correctIfAccepted(members, truth, sug.calibrated().label())
                            > Annotator.correctIfNamed(members, truth, name)) {
                        kind = "accept-in-lasso";
                        int[] suggested = sug.calibrated().label();
                        Annotator.accept(labels, o.annotator().acceptable(members, truth, suggested, eyes), suggested);
                    } else {
                        kind = "lasso";
                        Person.Naming named = o.annotator().name(members, truth, classes, eyes);
                        Annotator.name(labels, named.members(), named.label());
                    }
                }
                double seconds = 0;
                if (o.mode() == Mode.LOOP && distinct(labels) >= o.classesBeforeTraining() && unlabelled(labels) > 0) {
                    long t0 = System.nanoTime();
                    map.refresh(labels, o.loop(), progress, cancel);
                    seconds = (System.nanoTime() - t0) / 1e9;
                }
                sug = o.suggestions() && distinct(labels) >= 1 && unlabelled(labels) > 0
                        ? map.compareSuggestions(labels, cancel) : null;
                map.followLabels(o.loop(), progress, cancel); // as the app does once a round's map is out
                rec.add(action, kind, before, labels, truth, sug, reviewed, seconds);
                listener.acted(action, kind, rec.last().group(), rec.last().accuracy(), rec.last().coverage());
            }
        }
        return rec.curve();
    }

    /**
     * The spot check before an accept-all ({@link Annotator#spotCheckPasses}), each suggestion looked at kept
     * in {@code reviewed} with the confidence it showed and whether it was right.
     */
    private static boolean spotCheck(int[] labels, Suggestions sug, int[] truth, Options o, SplittableRandom random,
            ReviewedConfidence reviewed) {
        int[] seen = Annotator.spotCheckSample(shownOnly(labels, sug.label()), o.spotCheck(), random);
        for (int i : seen) {
            reviewed.add(sug.confidence()[i], sug.label()[i] == truth[i]);
        }
        return Annotator.spotCheckPasses(seen, sug.label(), truth, o.spotCheckWrong());
    }

    /**
     * The labels as the spot check sees them: an open image without a suggestion shows nothing to check, so it
     * is left out of the sample (marked as if labelled); accepting all then leaves it open for a lasso.
     */
    private static int[] shownOnly(int[] labels, int[] suggested) {
        int[] seen = labels.clone();
        for (int i = 0; i < seen.length; i++) {
            if (seen[i] < 0 && suggested[i] < 0) {
                seen[i] = Integer.MAX_VALUE;
            }
        }
        return seen;
    }

    private static boolean anySuggested(int[] labels, int[] suggested) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 && suggested[i] >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int unlabelled(int[] labels) {
        int u = 0;
        for (int l : labels) {
            u += l < 0 ? 1 : 0;
        }
        return u;
    }

    private static int[] unlabelledRows(int[] labels) {
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] < 0).toArray();
    }

    private static int distinct(int[] labels) {
        return (int) Arrays.stream(labels).filter(l -> l >= 0).distinct().count();
    }

    /** Accuracy as defined above: right labels over all images. */
    public static double accuracy(int[] labels, int[] truth) {
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += labels[i] >= 0 && labels[i] == truth[i] ? 1 : 0;
        }
        return right / (double) labels.length;
    }

    public static double coverage(int[] labels) {
        return 1 - unlabelled(labels) / (double) labels.length;
    }

    /** The curve's points, one row of figures per action, turned into the curve's columns at the end. */
    private static final class Recorder {
        private record Point(int action, String kind, int group, int wrong, double accuracy, double coverage,
                double withSuggestions, double seconds, double ece, double rawEce, double reviewedEce,
                double suggested, double rawSuggested, int named) {
        }

        private final List<Point> points = new ArrayList<>();

        void add(int action, String kind, int group, int wrongCount, int[] labels, int[] truth,
                Suggestions.Compared sug, ReviewedConfidence reviewed, double secs) {
            boolean none = sug == null;
            points.add(new Point(action, kind, group, wrongCount, accuracy(labels, truth), coverage(labels),
                    none ? Double.NaN : accuracy(merged(labels, sug.calibrated().label()), truth), secs,
                    none ? Double.NaN : CalibrationError.ofSuggestions(sug.calibrated(), labels, truth),
                    none ? Double.NaN : CalibrationError.ofSuggestions(sug.raw(), labels, truth),
                    none ? Double.NaN : CalibrationError.ofSuggestions(reviewed.apply(sug.calibrated(), labels),
                            labels, truth),
                    none ? Double.NaN : CalibrationError.suggestedShare(sug.calibrated(), labels),
                    none ? Double.NaN : CalibrationError.suggestedShare(sug.raw(), labels), distinct(labels)));
        }

        void add(int action, String kind, int[] before, int[] after, int[] truth, Suggestions.Compared sug,
                ReviewedConfidence reviewed, double secs) {
            int group = 0;
            int bad = 0;
            for (int i = 0; i < after.length; i++) {
                if (after[i] != before[i]) {
                    group++;
                    bad += after[i] == truth[i] ? 0 : 1;
                }
            }
            add(action, kind, group, bad, after, truth, sug, reviewed, secs);
        }

        /** The latest action's figures. */
        Point last() {
            return points.getLast();
        }

        private static int[] merged(int[] labels, int[] suggested) {
            int[] m = labels.clone();
            for (int i = 0; i < m.length; i++) {
                if (m[i] < 0) {
                    m[i] = suggested[i];
                }
            }
            return m;
        }

        Curve curve() {
            return new Curve(ints(Point::action), doubles(Point::accuracy), doubles(Point::coverage),
                    doubles(Point::withSuggestions), points.stream().map(Point::kind).toList(), ints(Point::group),
                    ints(Point::wrong), doubles(Point::seconds), new Calibration(doubles(Point::ece),
                    doubles(Point::rawEce), doubles(Point::reviewedEce), doubles(Point::suggested),
                    doubles(Point::rawSuggested),
                    ints(Point::named)));
        }

        private int[] ints(ToIntFunction<Point> column) {
            return points.stream().mapToInt(column).toArray();
        }

        private double[] doubles(ToDoubleFunction<Point> column) {
            return points.stream().mapToDouble(column).toArray();
        }
    }
}
