package org.silhouette.experiment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingProbeTest {

    /** The trainer reports step s after it; epoch e's checkpoint exists once step e·spe + 1 is reported. */
    @Test
    void scoresEachEpochCheckpointOnceAndInOrder() {
        int spe = 5;
        int epochs = 3;
        List<Integer> asked = new ArrayList<>();
        TrainingProbe probe = new TrainingProbe(spe, epochs, e -> {
            asked.add(e);
            return e / 10.0;
        });
        probe.update("Training", 0, spe * epochs);
        for (int s = 1; s <= spe * epochs; s++) {
            probe.update("Training", s, spe * epochs);
            probe.update("Training", s, spe * epochs); // a repeated report is not a new step
            probe.update("Re-embedding", 0, 1);
        }
        assertEquals(List.of(1, 2), asked, "the last epoch is scored from the final model, not a checkpoint");
        assertEquals(spe * epochs, probe.steps());
        List<CurvePoint> points = probe.points(0.9, epochs);
        assertEquals(3, points.size());
        assertEquals(1.0, points.get(0).epoch());
        assertEquals(0.1, points.get(0).mapAtR());
        assertEquals(2.0, points.get(1).epoch());
        assertEquals(3.0, points.get(2).epoch());
        assertEquals(0.9, points.get(2).mapAtR());
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).wallSeconds() >= points.get(i - 1).wallSeconds());
            assertTrue(points.get(i).cpuSeconds() >= points.get(i - 1).cpuSeconds());
        }
    }

    @Test
    void scoringTimeIsNotTrainingTime() {
        TrainingProbe probe = new TrainingProbe(2, 2, e -> {
            long until = System.nanoTime() + 300_000_000L;
            double x = 0;
            while (System.nanoTime() < until) {
                x += Math.sqrt(x + 1); // busy, so the thread's CPU clock runs too
            }
            return x > 0 ? 0.5 : 0.4;
        });
        for (int s = 1; s <= 4; s++) {
            probe.update("Training", s, 4);
        }
        List<CurvePoint> points = probe.points(0.6, 2);
        // four near-instant steps; the 0.3 s spent scoring must not show up
        assertTrue(points.getLast().wallSeconds() < 0.25, "training clock " + points.getLast().wallSeconds());
        assertTrue(points.getLast().cpuSeconds() < 0.25, "training CPU " + points.getLast().cpuSeconds());
    }
}
