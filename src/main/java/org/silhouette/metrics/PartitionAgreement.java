package org.silhouette.metrics;

import java.util.Arrays;

/**
 * Agreement between two partitions of the same items, as sklearn 1.2 computes it with its defaults: NMI and AMI
 * normalised by the arithmetic mean of the two entropies (natural log), AMI with the expected mutual
 * information under the hypergeometric (permutation) model of Vinh, Epps &amp; Bailey 2010, and the
 * Hubert–Arabie adjusted Rand index. Labels are arbitrary ints; only equality matters.
 */
public final class PartitionAgreement {
    private static final double EPS = Math.ulp(1.0);

    private PartitionAgreement() {
    }

    /** Normalised mutual information; 1 when both partitions are a single cluster. */
    public static double nmi(int[] truth, int[] predicted) {
        Table t = new Table(truth, predicted);
        if (t.rows.length == 1 && t.cols.length == 1) {
            return 1.0;
        }
        double mi = t.mutualInformation();
        if (mi == 0) {
            return 0.0;
        }
        return mi / ((entropy(t.rows, t.n) + entropy(t.cols, t.n)) / 2);
    }

    /** Adjusted mutual information (MI - E[MI]) / (mean(H) - E[MI]); 1 when both are a single cluster. */
    public static double ami(int[] truth, int[] predicted) {
        Table t = new Table(truth, predicted);
        if (t.rows.length == 1 && t.cols.length == 1) {
            return 1.0;
        }
        double mi = t.mutualInformation();
        double emi = t.expectedMutualInformation();
        double denominator = (entropy(t.rows, t.n) + entropy(t.cols, t.n)) / 2 - emi;
        denominator = denominator < 0 ? Math.min(denominator, -EPS) : Math.max(denominator, EPS);
        return (mi - emi) / denominator;
    }

    /** Adjusted Rand index over pairs of items; 1 when the partitions agree on every pair. */
    public static double ari(int[] truth, int[] predicted) {
        Table t = new Table(truth, predicted);
        long n = t.n;
        long sumSquares = 0;
        for (long[] row : t.counts) {
            for (long v : row) {
                sumSquares += v * v;
            }
        }
        long rowSquares = 0;
        for (long a : t.rows) {
            rowSquares += a * a;
        }
        long colSquares = 0;
        for (long b : t.cols) {
            colSquares += b * b;
        }
        // Ordered pair counts: together in both, only in predicted, only in truth, apart in both.
        long both = sumSquares - n;
        long onlyPredicted = colSquares - sumSquares;
        long onlyTruth = rowSquares - sumSquares;
        long neither = n * n - onlyPredicted - onlyTruth - sumSquares;
        if (onlyPredicted == 0 && onlyTruth == 0) {
            return 1.0;
        }
        double num = 2.0 * ((double) both * neither - (double) onlyTruth * onlyPredicted);
        double den = (double) (both + onlyTruth) * (onlyTruth + neither)
                + (double) (both + onlyPredicted) * (onlyPredicted + neither);
        return num / den;
    }

    static double entropy(long[] sizes, long n) {
        if (sizes.length == 1) {
            return 0.0;
        }
        double h = 0;
        for (long s : sizes) {
            double p = (double) s / n;
            h -= p * Math.log(p);
        }
        return h;
    }

    /** The contingency table of two labelings, with dense row (truth) and column (predicted) indices. */
    private static final class Table {
        final long[][] counts;
        final long[] rows;
        final long[] cols;
        final long n;

        Table(int[] truth, int[] predicted) {
            if (truth.length != predicted.length) {
                throw new IllegalArgumentException(truth.length + " true labels but " + predicted.length + " predicted");
            }
            if (truth.length == 0) {
                throw new IllegalArgumentException("No labels to compare");
            }
            int[] u = Arrays.stream(truth).distinct().sorted().toArray();
            int[] v = Arrays.stream(predicted).distinct().sorted().toArray();
            counts = new long[u.length][v.length];
            rows = new long[u.length];
            cols = new long[v.length];
            for (int i = 0; i < truth.length; i++) {
                int r = Arrays.binarySearch(u, truth[i]);
                int c = Arrays.binarySearch(v, predicted[i]);
                counts[r][c]++;
                rows[r]++;
                cols[c]++;
            }
            n = truth.length;
        }

        double mutualInformation() {
            if (rows.length == 1 || cols.length == 1) {
                return 0.0;
            }
            double mi = 0;
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < cols.length; c++) {
                    long nij = counts[r][c];
                    if (nij > 0) {
                        double term = (double) nij / n
                                * (Math.log(nij) + Math.log(n) - Math.log(rows[r]) - Math.log(cols[c]));
                        mi += Math.abs(term) < EPS ? 0.0 : term;
                    }
                }
            }
            return Math.max(mi, 0.0);
        }

        /**
         * E[MI] = sum over cells and every feasible count m of (m/n) log(n m / (a b)) times the hypergeometric
         * probability a! b! (n-a)! (n-b)! / (n! m! (a-m)! (b-m)! (n-a-b+m)!).
         */
        double expectedMutualInformation() {
            LogFactorial lf = new LogFactorial((int) n);
            double logN = Math.log(n);
            double emi = 0;
            for (long a : rows) {
                for (long b : cols) {
                    double fixed = lf.of(a) + lf.of(b) + lf.of(n - a) + lf.of(n - b) - lf.of(n);
                    double logAB = Math.log(a) + Math.log(b);
                    long lo = Math.max(1, a + b - n);
                    long hi = Math.min(a, b);
                    for (long m = lo; m <= hi; m++) {
                        double logP = fixed - lf.of(m) - lf.of(a - m) - lf.of(b - m) - lf.of(n - a - b + m);
                        emi += (double) m / n * (logN + Math.log(m) - logAB) * Math.exp(logP);
                    }
                }
            }
            return emi;
        }
    }

    /** log(k!) for 0 &lt;= k &lt;= max: a running sum for small k, Stirling's series (error &lt; 1e-16 relative) beyond. */
    static final class LogFactorial {
        private static final int EXACT = 64;
        private final double[] table;

        LogFactorial(int max) {
            table = new double[max + 1];
            for (int k = 1; k <= max; k++) {
                table[k] = k < EXACT ? table[k - 1] + Math.log(k) : stirling(k);
            }
        }

        double of(long k) {
            return table[(int) k];
        }

        static double stirling(double k) {
            double inv = 1.0 / k;
            double inv2 = inv * inv;
            double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
            return k * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI * k) + series;
        }
    }
}
