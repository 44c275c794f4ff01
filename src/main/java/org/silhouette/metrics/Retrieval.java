package org.silhouette.metrics;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;

/**
 * P@1, R-precision and MAP@R (Musgrave, Belongie &amp; Lim 2020, "A Metric Learning Reality Check", sec. 3.2)
 * with Euclidean distance over the labelled rows. Every labelled row is a query against all other labelled
 * rows (never itself); R is the number of other rows of its class. A row whose class has no other member
 * cannot score above 0 and is skipped as a query (it still serves as a neighbour), as pytorch-metric-learning
 * does with "lone query labels". Equal distances rank the lower row index first.
 */
public final class Retrieval {
    private Retrieval() {
    }

    public static RetrievalScores compute(FloatMatrix x, int[] labels) {
        return compute(x, labels, Progress.NONE, Cancellation.NEVER);
    }

    public static RetrievalScores compute(FloatMatrix x, int[] labels, Progress progress, Cancellation cancel) {
        return scores(NeighbourScan.ofLabels(x, labels, false, true, progress, cancel).scan());
    }

    static RetrievalScores scores(NeighbourScan.Result scan) {
        int queries = 0;
        for (double h : scan.hitAt1()) {
            if (!Double.isNaN(h)) {
                queries++;
            }
        }
        return new RetrievalScores(NeighbourScan.meanOfDefined(scan.hitAt1()),
                NeighbourScan.meanOfDefined(scan.rPrecision()),
                NeighbourScan.meanOfDefined(scan.averagePrecisionAtR()), queries);
    }
}
