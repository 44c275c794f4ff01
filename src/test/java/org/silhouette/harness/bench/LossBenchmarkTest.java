package org.silhouette.harness.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark runs every loss and reports a time for each; no timing is asserted. */
class LossBenchmarkTest {

    @Test
    void measuresEveryLoss() {
        LossBenchmark.Result r = LossBenchmark.run(24, 4, new LossBenchmark.Options(4, 0, 1, 7));
        assertEquals(List.of("silhouette", "silhouette-mean", "contrastive", "triplet-hard", "triplet-all",
                "cosine-corel", "gaussian-corel", "cce"), List.copyOf(r.medianMs().keySet()));
        r.medianMs().values().forEach(ms -> assertTrue(ms > 0 && Double.isFinite(ms), r.toString()));
        assertEquals(r.medianMs().get("silhouette") / r.medianMs().get("triplet-hard"), r.silhouetteOverTripletHard(),
                1e-12);
    }
}
