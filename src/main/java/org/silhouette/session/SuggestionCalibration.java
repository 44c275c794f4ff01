package org.silhouette.session;

import org.silhouette.core.Cancellation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a suggestion's raw scores into the probability that it is right, learnt only from the user's own
 * labels: the labelled images are dealt into {@value #FOLDS} seeded folds, each fold is held out of the
 * spreading in turn, and every held-out image records its raw scores and whether the spreading from the
 * others gave back its own label. With thousands of labels the folds stop once {@value #ENOUGH_SAMPLES} images
 * are scored: each fold costs a spreading.
 *
 * <p>Two raw scores: the winning class's <b>share</b> of the spread mass (which class) and the total spread
 * <b>mass</b> (how much of what the user named reaches the image at all). The records are cut into strata of
 * equal count by mass; within each stratum a monotone step function of the share is fitted by pooled adjacent
 * violators. PAV rather than a parametric curve (Platt) because the share piles up at 1 and its relation to
 * accuracy is anything but logistic; strata by mass because a held-out labelled image sits nearer the other
 * labelled images than a typical unlabelled one, so it must be compared with unlabelled images that receive as
 * much mass, not with all of them. A stratum is never more confident than the stratum of more mass above it
 * (less evidence cannot make a suggestion surer), each step is smoothed towards the stratum's accuracy (a
 * few held-out images that were all right do not prove certainty), and an image that
 * receives well under the mass of nearly every held-out image lies outside anything the calibration saw: it
 * gets no suggestion ({@link #REACH_QUANTILE}), so one named group does not claim the whole map.
 *
 * <p>The fit is then used only to <b>lower</b> the raw share, never to raise it. People name clumps (a lasso)
 * and skip the images that do not fit, so the unlabelled images left are the ones the spreading gets wrong
 * most often; the held-out labelled images cannot show that, and measured on the demo and CIFAR-10
 * (docs/RESULTS.md) a confidence taken from them alone was far more overconfident than the raw share.
 *
 * <p>A held-out image lost 1/{@value #FOLDS} of the labels around it, and the spread mass is linear in the
 * labels, so its mass is scaled by folds/(folds − 1) to match what an unlabelled image gets from all labels.
 */
final class SuggestionCalibration {
    static final int FOLDS = 10;
    /**
     * The folds are dealt this many times, each with a new shuffle: every labelled image is scored several
     * times from different companions, which steadies the fit when there are only a few dozen labels.
     */
    static final int REPEATS = 2;
    /**
     * Folds are held out only until this many held-out images are scored: enough for {@link #MAX_STRATA}
     * strata of {@link #MIN_PER_STRATUM} with a margin. Beyond it another fold steadies nothing and costs a
     * whole spreading, which made the calibration the loop round's largest stage with thousands of labels
     * (docs/BENCHMARKS.md). Below about 500 labels every fold of both dealings is still used.
     */
    static final int ENOUGH_SAMPLES = 1_000;
    /**
     * An image gets no suggestion when it receives less than {@link #REACH_FRACTION} of the mass that all but
     * this share of the held-out labelled images received (a margin below the fitted range, so that the
     * fringe of a named group, as far out as its own labelled images, keeps its suggestions).
     */
    static final double REACH_QUANTILE = 0.05;
    static final double REACH_FRACTION = 0.2;
    static final int MAX_STRATA = 4;
    static final int MIN_PER_STRATUM = 200;
    private static final long SEED = 0x5eed_ca1bL;

    /** One held-out labelled image. */
    record Sample(double share, double mass, boolean right) {
    }

    /** The step function of the share fitted on one mass range, from its lowest mass up. */
    record Steps(double lowestMass, MonotoneSteps steps) {
        double at(double share) {
            return steps.at(share);
        }
    }

    private final double reach;
    private final List<Steps> strata;

    private SuggestionCalibration(double reach, List<Steps> strata) {
        this.reach = reach;
        this.strata = strata;
    }

    static SuggestionCalibration fit(Suggestions.Graph g, int[] dense, int classes, Suggestions.Options o,
            Cancellation cancel) {
        return fromSamples(heldOut(g, dense, classes, o, cancel));
    }

    /** Holds each fold of the labelled images out of the spreading and scores it from the rest. */
    static List<Sample> heldOut(Suggestions.Graph g, int[] dense, int classes, Suggestions.Options o,
            Cancellation cancel) {
        int[] known = java.util.stream.IntStream.range(0, dense.length).filter(i -> dense[i] >= 0).toArray();
        List<Sample> samples = new ArrayList<>();
        if (known.length < 2) {
            return samples;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int folds = Math.min(FOLDS, known.length);
        double scale = folds / (folds - 1.0);
        for (int rep = 0; rep < REPEATS && samples.size() < ENOUGH_SAMPLES; rep++) {
            org.silhouette.core.Shuffle.inPlace(known, random);
            int[] fold = new int[dense.length];
            for (int m = 0; m < known.length; m++) {
                fold[known[m]] = m % folds;
            }
            for (int f = 0; f < folds && samples.size() < ENOUGH_SAMPLES; f++) {
                int[] rest = dense.clone();
                for (int i : known) {
                    rest[i] = fold[i] == f ? -1 : rest[i];
                }
                Suggestions.Scores s = Suggestions.Scores.of(Suggestions.spread(g, rest, classes, o, cancel),
                        dense.length, classes);
                for (int i : known) {
                    if (fold[i] == f) {
                        boolean reached = s.arg()[i] >= 0;
                        samples.add(new Sample(reached ? s.share()[i] : 0, reached ? s.mass()[i] * scale : 0,
                                reached && s.arg()[i] == dense[i]));
                    }
                }
            }
        }
        return samples;
    }

    static SuggestionCalibration fromSamples(List<Sample> samples) {
        if (samples.isEmpty()) {
            return new SuggestionCalibration(Double.POSITIVE_INFINITY, List.of());
        }
        double[] masses = samples.stream().mapToDouble(Sample::mass).sorted().toArray();
        double reach = Math.max(REACH_FRACTION * masses[(int) Math.floor(REACH_QUANTILE * (masses.length - 1))],
                Double.MIN_VALUE);
        List<Sample> reached = samples.stream().filter(s -> s.mass() > 0)
                .sorted(Comparator.comparingDouble(Sample::mass)).toList();
        int count = Math.clamp(reached.size() / MIN_PER_STRATUM, 1, MAX_STRATA);
        List<Steps> strata = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            List<Sample> part = reached.subList(s * reached.size() / count, (s + 1) * reached.size() / count);
            strata.add(isotonic(part));
        }
        return new SuggestionCalibration(reach, strata);
    }

    /** Pooled adjacent violators on the share, each step smoothed by one pseudo-image at the stratum's rate. */
    private static Steps isotonic(List<Sample> part) {
        double[] share = part.stream().mapToDouble(Sample::share).toArray();
        boolean[] right = new boolean[part.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = part.get(i).right();
        }
        return new Steps(part.getFirst().mass(), MonotoneSteps.fit(share, right, 1));
    }

    /**
     * The probability that a suggestion with these raw scores is right, capped by the share itself (see the
     * class comment), or -1 when too little mass reaches the image for any suggestion.
     */
    float confidence(double share, double mass) {
        if (strata.isEmpty() || !(mass >= reach)) {
            return -1f;
        }
        int s = 0;
        while (s + 1 < strata.size() && strata.get(s + 1).lowestMass() <= mass) {
            s++;
        }
        double p = share;
        for (int t = s; t < strata.size(); t++) {
            p = Math.min(p, strata.get(t).at(share));
        }
        return (float) p;
    }

    /** The least spread mass that still earns a suggestion. */
    double reach() {
        return reach;
    }
}
