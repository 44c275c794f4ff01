package org.silhouette.metrics;

/**
 * Retrieval metrics of Musgrave, Belongie &amp; Lim 2020, averaged over the queries.
 *
 * @param precisionAt1 fraction of queries whose nearest other row shares their class
 * @param rPrecision mean r/R
 * @param mapAtR mean average precision at R
 * @param queries labelled rows that served as queries: those whose class has another member
 */
public record RetrievalScores(double precisionAt1, double rPrecision, double mapAtR, int queries) {
}
