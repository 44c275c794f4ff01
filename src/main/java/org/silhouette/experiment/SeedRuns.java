package org.silhouette.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One {@code simulate} setting run with several seeds: each seed's curve, and their mean and spread action by
 * action. A run that stopped early (every image labelled) keeps its last state for the remaining actions,
 * since nothing changes once there is nothing left to label.
 *
 * @param seeds the seed of each curve
 * @param curves one per seed, same order
 */
public record SeedRuns(long[] seeds, List<Simulation.Curve> curves) {

    public SeedRuns {
        if (seeds.length == 0 || seeds.length != curves.size()) {
            throw new IllegalArgumentException(seeds.length + " seeds for " + curves.size() + " curves");
        }
        seeds = seeds.clone();
        curves = List.copyOf(curves);
    }

    /**
     * Mean, sample standard deviation (n − 1; 0 for one value), least and greatest of some values.
     */
    public record Spread(double mean, double std, double min, double max) {
        public static Spread of(double[] v) {
            if (v.length == 0) {
                throw new IllegalArgumentException("no values");
            }
            double mean = Arrays.stream(v).sum() / v.length;
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            double std = v.length < 2 ? 0 : Math.sqrt(ss / (v.length - 1));
            return new Spread(mean, std, Arrays.stream(v).min().orElseThrow(), Arrays.stream(v).max().orElseThrow());
        }
    }

    /** Actions 0 … the longest curve's last. */
    public int[] actions() {
        int n = curves.stream().mapToInt(c -> c.actions().length).max().orElseThrow();
        int[] a = new int[n];
        Arrays.setAll(a, i -> i);
        return a;
    }

    /** Accuracy over the seeds after each action (index 0: the start). */
    public Spread[] accuracy() {
        return byAction(Simulation.Curve::accuracy);
    }

    public Spread[] coverage() {
        return byAction(Simulation.Curve::coverage);
    }

    public Spread finalAccuracy() {
        return Spread.of(curves.stream().mapToDouble(c -> c.accuracy()[c.accuracy().length - 1]).toArray());
    }

    public Spread finalCoverage() {
        return Spread.of(curves.stream().mapToDouble(c -> c.coverage()[c.coverage().length - 1]).toArray());
    }

    /** Per seed, the first action count at which accuracy reached {@code target}, or -1. */
    public int[] actionsTo(double target) {
        return curves.stream().mapToInt(c -> c.actionsTo(target)).toArray();
    }

    private Spread[] byAction(Function<Simulation.Curve, double[]> values) {
        int n = actions().length;
        double[][] carried = curves.stream().map(c -> carried(values.apply(c), n)).toArray(double[][]::new);
        Spread[] s = new Spread[n];
        for (int i = 0; i < n; i++) {
            final int at = i;
            s[i] = Spread.of(Arrays.stream(carried).mapToDouble(v -> v[at]).toArray());
        }
        return s;
    }

    /** {@code v} extended to {@code length} with its last value. */
    static double[] carried(double[] v, int length) {
        double[] out = Arrays.copyOf(v, length);
        Arrays.fill(out, v.length, length, v[v.length - 1]);
        return out;
    }
}
