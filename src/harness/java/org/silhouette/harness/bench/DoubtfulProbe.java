package org.silhouette.harness.bench;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Npy;
import org.silhouette.core.Shuffle;
import org.silhouette.session.DoubtfulLabels;
import org.silhouette.session.IntrospectionMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How well {@link DoubtfulLabels} finds wrong labels on real features (backbone view only, as in the first
 * round): {@code java -cp 'target/silhouette.jar:target/lib/*' org.silhouette.harness.bench.DoubtfulProbe
 * X.npy X.index.csv [perClass]}. Per seed, {@code perClass} images of every class are labelled correctly,
 * then one of two mistakes is added:
 * <ul>
 *   <li><b>border lasso:</b> the 20 unlabelled images of class B nearest to class A's labelled centroid are
 *       labelled A, as a lasso reaching over the border would;</li>
 *   <li><b>scattered:</b> 2 % of the labelled images get a random other label.</li>
 * </ul>
 * Prints, per case, how many wrong labels were found (and fixed right by the suggestion) and how many correct
 * labels were flagged (these the round would leave out of training).
 */
public final class DoubtfulProbe {
    private DoubtfulProbe() {
    }

    public static void main(String[] args) throws IOException {
        FloatMatrix x = Npy.read(Path.of(args[0]));
        int[] truth = classes(Path.of(args[1]));
        int perClass = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        long t0 = System.nanoTime();
        FloatMatrix view = IntrospectionMap.backboneView(x);
        System.out.printf(Locale.ROOT, "%d images, %d features; backbone view %.1f s; %d labelled per class%n",
                x.rows(), x.cols(), (System.nanoTime() - t0) / 1e9, perClass);
        int k = 1 + java.util.Arrays.stream(truth).max().orElse(0);
        List<DoubtfulLabels.Options> variants = List.of(DoubtfulLabels.Options.defaults(),
                new DoubtfulLabels.Options(10, 0.3, 0, 1), new DoubtfulLabels.Options(10, 0.3, 0, 4),
                new DoubtfulLabels.Options(10, 0.3, 3, 1), new DoubtfulLabels.Options(10, 0.2, 4, 1),
                new DoubtfulLabels.Options(20, 0.3, 3, 1), new DoubtfulLabels.Options(20, 0.3, 3, 4));
        if (args.length > 3) { // the loop itself: rounds with a head, whose view must agree too
            loop(x, truth, k, perClass, Integer.parseInt(args[3]));
            return;
        }
        for (DoubtfulLabels.Options options : variants) {
            System.out.println(options);
            probe(view, truth, k, perClass, options);
        }
    }

    /** Seed 0, both mistakes: the app's loop for some rounds; the doubts each round left out, then the last. */
    private static void loop(FloatMatrix x, int[] truth, int k, int perClass, int rounds) {
        for (boolean border : new boolean[] {true, false}) {
            SplittableRandom r = new SplittableRandom(0);
            int[] labels = correctLabels(truth, k, perClass, r);
            BitSet wrong = border ? borderLasso(IntrospectionMap.backboneView(x), truth, labels, r.nextInt(k), r, k)
                    : scattered(labels, k, r);
            try (org.silhouette.session.MapLoop loop = org.silhouette.session.MapLoop.start(x, 1,
                    org.silhouette.core.Progress.NONE, Cancellation.NEVER)) {
                for (int round = 0; round <= rounds; round++) {
                    DoubtfulLabels.Found f = loop.doubts(labels, new BitSet(), Cancellation.NEVER);
                    BitSet flagged = f.rows();
                    int found = 0;
                    for (int i = wrong.nextSetBit(0); i >= 0; i = wrong.nextSetBit(i + 1)) {
                        found += flagged.get(i) ? 1 : 0;
                    }
                    System.out.printf(Locale.ROOT, "%-9s before round %d (%s): wrong %d found %d, correct flagged %d%n",
                            border ? "border" : "scattered", round + 1, round == 0 ? "backbone only" : "with the head",
                            wrong.cardinality(), found, flagged.cardinality() - found);
                    if (round < rounds) {
                        loop.refresh(labels, org.silhouette.session.LoopOptions.defaults(),
                                org.silhouette.core.Progress.NONE, Cancellation.NEVER);
                    }
                }
            }
        }
    }

    private static void probe(FloatMatrix view, int[] truth, int k, int perClass, DoubtfulLabels.Options options) {
        for (long seed = 0; seed < 3; seed++) {
            for (boolean border : new boolean[] {true, false}) {
                SplittableRandom r = new SplittableRandom(seed);
                int[] labels = correctLabels(truth, k, perClass, r);
                BitSet wrong = border ? borderLasso(view, truth, labels, r.nextInt(k), r, k) : scattered(labels, k, r);
                long s = System.nanoTime();
                DoubtfulLabels.Found f = DoubtfulLabels.find(view, null, labels, new BitSet(), options,
                        Cancellation.NEVER);
                double seconds = (System.nanoTime() - s) / 1e9;
                int found = 0;
                int fixedRight = 0;
                int falseAlarms = 0;
                for (DoubtfulLabels.Doubt d : f.doubts()) {
                    if (wrong.get(d.row())) {
                        found++;
                        fixedRight += d.suggested() == truth[d.row()] ? 1 : 0;
                    } else {
                        falseAlarms++;
                    }
                }
                long labelled = java.util.Arrays.stream(labels).filter(l -> l >= 0).count();
                System.out.printf(Locale.ROOT, "seed %d %-11s wrong %3d  found %3d (%5.1f %%, suggestion right %3d)"
                                + "  correct flagged %4d of %5d (%4.1f %%)  %.2f s%n", seed, border ? "border" : "scattered",
                        wrong.cardinality(), found, 100.0 * found / wrong.cardinality(), fixedRight, falseAlarms,
                        labelled - wrong.cardinality(), 100.0 * falseAlarms / (labelled - wrong.cardinality()), seconds);
            }
        }
    }

    private static int[] correctLabels(int[] truth, int k, int perClass, SplittableRandom r) {
        int[] labels = new int[truth.length];
        java.util.Arrays.fill(labels, -1);
        int[] order = shuffled(truth.length, r);
        int[] taken = new int[k];
        for (int i : order) {
            if (taken[truth[i]]++ < perClass) {
                labels[i] = truth[i];
            }
        }
        return labels;
    }

    /** The 20 unlabelled images of a class B nearest to class a's labelled centroid, labelled a. */
    private static BitSet borderLasso(FloatMatrix view, int[] truth, int[] labels, int a, SplittableRandom r, int k) {
        int b = (a + 1 + r.nextInt(k - 1)) % k;
        double[] c = new double[view.cols()];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == a) {
                for (int j = 0; j < c.length; j++) {
                    c[j] += view.get(i, j);
                }
                n++;
            }
        }
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 && truth[i] == b) {
                double d = 0;
                for (int j = 0; j < c.length; j++) {
                    double t = view.get(i, j) - c[j] / n;
                    d += t * t;
                }
                candidates.add(new double[] {d, i});
            }
        }
        candidates.sort(java.util.Comparator.comparingDouble(v -> v[0]));
        BitSet wrong = new BitSet();
        for (int q = 0; q < 20; q++) {
            int i = (int) candidates.get(q)[1];
            labels[i] = a;
            wrong.set(i);
        }
        return wrong;
    }

    /** 2 % of the labelled images get a random other label. */
    private static BitSet scattered(int[] labels, int k, SplittableRandom r) {
        BitSet wrong = new BitSet();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0 && r.nextDouble() < 0.02) {
                labels[i] = (labels[i] + 1 + r.nextInt(k - 1)) % k;
                wrong.set(i);
            }
        }
        return wrong;
    }

    private static int[] shuffled(int n, SplittableRandom r) {
        return Shuffle.order(n, r);
    }

    /** Class ids from the {@code path,label} index, numbered by first appearance. */
    private static int[] classes(Path index) throws IOException {
        List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.equals("path,label")) {
                continue;
            }
            String label = line.substring(line.lastIndexOf(',') + 1).strip();
            out.add(ids.computeIfAbsent(label, l -> ids.size()));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
