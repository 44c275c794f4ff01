package org.silhouette.experiment;

/**
 * MAP@R on the evaluation images after {@code epoch} epochs of training (0 = the untrained head), with the
 * training time it took: wall and training-thread CPU seconds, scoring and checkpoint saves left out.
 */
public record CurvePoint(int epoch, double wallSeconds, double cpuSeconds, double mapAtR) {
}
