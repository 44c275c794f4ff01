package org.silhouette.app;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;

/**
 * Measures the map after a round, for the quality panel. Runs on the compute thread. The implementation
 * backed by the metrics package ({@code session.Validation}) plugs in here.
 */
@FunctionalInterface
interface QualityMeter {

    /**
     * @param embedding one row per map row (the head's output, or the reduced backbone features)
     * @param labelOfRow label id per row, -1 for unlabelled
     */
    QualityReport measure(FloatMatrix embedding, int[] labelOfRow, Cancellation cancel);

    /** Until the metrics package is on main: the panel says so instead of showing numbers. */
    QualityMeter NOT_YET = (embedding, labels, cancel) ->
            QualityReport.unavailable("Quality figures need the metrics package, which is not in this build yet.");
}
