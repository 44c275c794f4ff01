package org.silhouette.metrics;

/**
 * @param assignments the cluster (0..k-1) of every input row
 * @param centroids k rows of cluster means
 * @param inertia sum of squared distances from each row to its centroid
 * @param iterations Lloyd iterations the winning start used
 */
public record KMeansResult(int[] assignments, double[][] centroids, double inertia, int iterations) {
}
