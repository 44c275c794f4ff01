package org.silhouette.app;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.session.LoopOptions;

/** Measures the map after a round, for the quality panel. Runs on the compute thread. */
@FunctionalInterface
interface QualityMeter {

    /**
     * @param features backbone features, one row per map row
     * @param embedding the map's embedding (the head's output, or the reduced backbone features)
     * @param labelOfRow label id per row, -1 for unlabelled
     * @param round the loop's round number (which fold is held out)
     */
    QualityReport measure(FloatMatrix features, FloatMatrix embedding, int[] labelOfRow, LoopOptions options,
            int round, Progress progress, Cancellation cancel);
}
