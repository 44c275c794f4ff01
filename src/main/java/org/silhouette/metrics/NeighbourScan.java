package org.silhouette.metrics;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * One pass over all pairwise distances of the labelled rows that gathers what the silhouette and the retrieval
 * metrics need per row. Rows are processed in parallel tasks; each row writes only its own slots and all
 * averages are taken afterwards in row order, so results do not depend on the number of threads.
 */
final class NeighbourScan {
    /** Query rows per parallel task. */
    private static final int TASK_ROWS = 8 * DistancePanels.BLOCK;

    /**
     * Per labelled row: {@code meanOwn} = a(i), mean distance to the other members of its class (0 for a
     * singleton); {@code meanNearestOther} = min over other classes of the mean distance to their members;
     * {@code hitAt1}, {@code rPrecision}, {@code averagePrecisionAtR} = the retrieval scores of the row as a query,
     * NaN where its class has no other member. Arrays not asked for are null.
     */
    record Result(double[] meanOwn, double[] meanNearestOther, double[] hitAt1, double[] rPrecision,
                  double[] averagePrecisionAtR) {
    }

    /**
     * A labelling checked for the metrics and scanned: {@code totalRows} of the full matrix, its labelled rows
     * {@code lr}, those rows' values {@code labelled}, and the {@code scan} over them.
     */
    record Labelled(int totalRows, LabelledRows lr, FloatMatrix labelled, Result scan) {
    }

    private NeighbourScan() {
    }

    /** Checks the labels ({@link LabelledRows#requireClusterable}) and scans the labelled rows of {@code x}. */
    static Labelled ofLabels(FloatMatrix x, int[] labels, boolean silhouette, boolean retrieval, Progress progress,
                             Cancellation cancel) {
        LabelledRows lr = LabelledRows.requireClusterable(x, labels);
        FloatMatrix labelled = lr.select(x);
        return new Labelled(x.rows(), lr, labelled, run(labelled, lr, silhouette, retrieval, progress, cancel));
    }

    static Result run(FloatMatrix labelled, LabelledRows lr, boolean silhouette, boolean retrieval,
                      Progress progress, Cancellation cancel) {
        int n = labelled.rows();
        DistancePanels panels = new DistancePanels(labelled);
        Result out = new Result(
                silhouette ? new double[n] : null, silhouette ? new double[n] : null,
                retrieval ? new double[n] : null, retrieval ? new double[n] : null, retrieval ? new double[n] : null);
        AtomicLong done = new AtomicLong();
        progress.update("Pairwise distances", 0, n);
        sumOverBlocks(n, (first, count) -> {
            cancel.check();
            double[][] dist = squaredRows(labelled, panels, first, count);
            Scratch scratch = new Scratch(n, lr.classCount());
            for (int b = 0; b < count; b++) {
                int i = first + b;
                if (silhouette) {
                    silhouetteRow(i, dist[b], lr, out, scratch);
                }
                if (retrieval) {
                    retrievalRow(i, dist[b], lr, out, scratch);
                }
            }
            synchronized (done) { // keeps the reported count increasing across threads
                progress.update("Pairwise distances", done.addAndGet(count), n);
            }
            return count;
        });
        return out;
    }

    /** The work of one parallel task on the query rows first..first+count-1. */
    interface RowBlock {
        long run(int first, int count);
    }

    /**
     * Splits the rows 0..n-1 into blocks of a few distance panels' height, runs {@code block} on them in parallel
     * and sums what the blocks return (a count the caller wants over all rows).
     */
    static long sumOverBlocks(int n, RowBlock block) {
        int tasks = (n + TASK_ROWS - 1) / TASK_ROWS;
        return IntStream.range(0, tasks).parallel().mapToLong(t -> {
            int first = t * TASK_ROWS;
            return block.run(first, Math.min(TASK_ROWS, n - first));
        }).sum();
    }

    /** Squared distances from rows first..first+count-1 to every row, one panel at a time for all of them. */
    static double[][] squaredRows(FloatMatrix x, DistancePanels panels, int first, int count) {
        int n = x.rows();
        int d = x.cols();
        double[][] rowsOut = new double[count][n];
        double[][] queries = new double[count][d];
        for (int b = 0; b < count; b++) {
            int off = (first + b) * d;
            for (int k = 0; k < d; k++) {
                queries[b][k] = x.data()[off + k];
            }
        }
        double[][] acc = new double[count][DistancePanels.WIDTH];
        for (int p = 0; p < panels.panelCount(); p++) {
            panels.squared(queries, count, p, acc);
            int start = DistancePanels.panelStart(p);
            int width = panels.panelWidth(p);
            for (int b = 0; b < count; b++) {
                System.arraycopy(acc[b], 0, rowsOut[b], start, width);
            }
        }
        return rowsOut;
    }

    private static void silhouetteRow(int i, double[] sq, LabelledRows lr, Result out, Scratch s) {
        double[] sums = s.classSums;
        Arrays.fill(sums, 0.0);
        int[] classOf = lr.classOf();
        for (int j = 0; j < sq.length; j++) {
            sums[classOf[j]] += Math.sqrt(sq[j]); // the row's own zero distance adds nothing
        }
        int own = classOf[i];
        int[] sizes = lr.classSizes();
        out.meanOwn()[i] = sizes[own] > 1 ? sums[own] / (sizes[own] - 1) : 0.0;
        double nearest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < sums.length; c++) {
            if (c != own) {
                nearest = Math.min(nearest, sums[c] / sizes[c]);
            }
        }
        out.meanNearestOther()[i] = nearest;
    }

    /**
     * Musgrave et al. 2020, section 3.2: rank every other labelled row by distance (ties by row order), R = the
     * number of other members of the query's class; P@1 = is the nearest one of them; R-precision = r/R with r of
     * them in the top R; MAP@R = (1/R) sum over ranks k &lt;= R holding one of them of (hits in top k)/k.
     */
    private static void retrievalRow(int i, double[] sq, LabelledRows lr, Result out, Scratch s) {
        int[] classOf = lr.classOf();
        int own = classOf[i];
        int r = lr.classSizes()[own] - 1;
        if (r == 0) {
            out.hitAt1()[i] = Double.NaN;
            out.rPrecision()[i] = Double.NaN;
            out.averagePrecisionAtR()[i] = Double.NaN;
            return;
        }
        int m = 0;
        for (int j = 0; j < sq.length; j++) {
            if (j != i) {
                s.keys[m] = sq[j];
                s.ids[m++] = j;
            }
        }
        PartialSort.smallestFirst(s.keys, s.ids, m, r);
        int hits = 0;
        double precisionSum = 0;
        for (int k = 0; k < r; k++) {
            if (classOf[s.ids[k]] == own) {
                hits++;
                precisionSum += (double) hits / (k + 1);
            }
        }
        out.hitAt1()[i] = classOf[s.ids[0]] == own ? 1.0 : 0.0;
        out.rPrecision()[i] = (double) hits / r;
        out.averagePrecisionAtR()[i] = precisionSum / r;
    }

    /** Mean of the non-NaN entries, summed in row order; NaN when there are none. */
    static double meanOfDefined(double[] v) {
        double sum = 0;
        int count = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                sum += x;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static final class Scratch {
        final double[] keys;
        final int[] ids;
        final double[] classSums;

        Scratch(int n, int classes) {
            keys = new double[n];
            ids = new int[n];
            classSums = new double[classes];
        }
    }
}
