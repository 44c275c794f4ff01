package org.silhouette.experiment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedRunsTest {

    /** A curve with these accuracies (coverage: accuracy + 0.1), action i at index i. */
    private static Simulation.Curve curve(double... accuracy) {
        int n = accuracy.length;
        int[] actions = new int[n];
        Arrays.setAll(actions, i -> i);
        double[] coverage = Arrays.stream(accuracy).map(a -> a + 0.1).toArray();
        double[] nan = new double[n];
        Arrays.fill(nan, Double.NaN);
        return new Simulation.Curve(actions, accuracy, coverage, nan, Collections.nCopies(n, "lasso"), new int[n],
                new int[n], new double[n]);
    }

    @Test
    void meanSampleStdMinAndMaxPerAction() {
        SeedRuns r = new SeedRuns(new long[] {0, 1, 2}, List.of(curve(0, 0.2, 0.5), curve(0, 0.4, 0.6),
                curve(0, 0.6, 0.9)));
        SeedRuns.Spread[] acc = r.accuracy();
        assertEquals(3, acc.length);
        assertEquals(new SeedRuns.Spread(0, 0, 0, 0), acc[0]);
        assertEquals(0.4, acc[1].mean(), 1e-12);
        assertEquals(0.2, acc[1].std(), 1e-12, "sample sd of 0.2, 0.4, 0.6 (n − 1)");
        assertEquals(0.2, acc[1].min(), 1e-12);
        assertEquals(0.6, acc[1].max(), 1e-12);
        // 0.5, 0.6, 0.9: mean 2/3, squares 0.02778 + 0.00444 + 0.05444 = 0.08667, / 2, sqrt = 0.20817
        assertEquals(2 / 3.0, r.finalAccuracy().mean(), 1e-12);
        assertEquals(Math.sqrt(0.26 / 6), r.finalAccuracy().std(), 1e-12);
        assertEquals(0.5, r.finalAccuracy().min(), 1e-12);
        assertEquals(0.9, r.finalAccuracy().max(), 1e-12);
        assertEquals(2 / 3.0 + 0.1, r.finalCoverage().mean(), 1e-12);
    }

    /** A seed that labelled everything early keeps its final state for the actions the others still took. */
    @Test
    void aCurveThatStoppedEarlyCarriesItsLastValueForward() {
        SeedRuns r = new SeedRuns(new long[] {4, 5}, List.of(curve(0, 1.0), curve(0, 0.3, 0.5, 0.7)));
        assertArrayEquals(new int[] {0, 1, 2, 3}, r.actions());
        double[] mean = Arrays.stream(r.accuracy()).mapToDouble(SeedRuns.Spread::mean).toArray();
        assertArrayEquals(new double[] {0, 0.65, 0.75, 0.85}, mean, 1e-12);
        assertEquals(0.85, r.finalAccuracy().mean(), 1e-12);
        assertArrayEquals(new int[] {1, -1}, r.actionsTo(0.95));
        assertArrayEquals(new int[] {1, 3}, r.actionsTo(0.7));
    }

    @Test
    void oneSeedHasNoSpreadAndSeedsMustMatchCurves() {
        SeedRuns one = new SeedRuns(new long[] {7}, List.of(curve(0, 0.25)));
        assertEquals(new SeedRuns.Spread(0.25, 0, 0.25, 0.25), one.finalAccuracy());
        assertThrows(IllegalArgumentException.class, () -> new SeedRuns(new long[] {1, 2}, List.of(curve(0))));
        assertThrows(IllegalArgumentException.class, () -> new SeedRuns(new long[0], List.of()));
    }

    @Test
    void theTableGivesMeanSdAndRangeAtEveryTenthOfTheActions() {
        double[] a = new double[21];
        double[] b = new double[21];
        for (int i = 0; i <= 20; i++) {
            a[i] = i / 40.0;
            b[i] = i / 20.0;
        }
        String md = SimulationReport.table(new SeedRuns(new long[] {0, 1}, List.of(curve(a), curve(b))), "t", 0.95);
        // action 10: 0.25 and 0.5, mean 0.375, sample sd 0.25 / sqrt 2 = 0.177; coverage + 0.1
        assertTrue(md.contains("| 10 | 0.375 ± 0.177 | 0.250..0.500 | 0.475 ± 0.177 |"), md);
        assertTrue(md.contains("| 2 | ") && md.contains("| 20 | 0.750 ± 0.354 | 0.500..1.000 |"), md);
        assertTrue(md.contains("per seed: not reached, 19."), md);
    }
}
