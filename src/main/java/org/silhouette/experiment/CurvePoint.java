package org.silhouette.experiment;

/**
 * MAP@R on the evaluation images after {@code epoch} epochs of training (0 = the untrained head; fractions
 * come from runs stopped early within the first epoch), with the training time it took: wall and
 * training-thread CPU seconds, scoring and checkpoint saves left out.
 */
public record CurvePoint(double epoch, double wallSeconds, double cpuSeconds, double mapAtR) {
}
