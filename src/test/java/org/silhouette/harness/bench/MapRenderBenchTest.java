package org.silhouette.harness.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark runs headless and draws what it claims to; no timing is asserted. */
class MapRenderBenchTest {

    @Test
    void runsEveryScenarioAndDrawsTheThumbnailsItCounts() throws Exception {
        // Start the toolkit the TestFX way, so the robot tests that share this JVM keep their primary stage.
        org.testfx.api.FxToolkit.registerPrimaryStage();
        MapRenderBench.Options small = new MapRenderBench.Options(320, 200, 2_000, 400, 24, 3, 1);
        List<MapRenderBench.Result> results = MapRenderBench.run(small);
        assertEquals(4, results.size());
        MapRenderBench.Result points = results.get(0);
        assertTrue(points.dotsPerFrame() > 0 && points.dotsPerFrame() <= 2_000, "dots drawn: " + points.dotsPerFrame());
        assertEquals(0, points.tilesPerFrame());
        assertTrue(results.get(1).dotsPerFrame() > points.dotsPerFrame() / 2, "the whole map shows more points");
        MapRenderBench.Result thumbs = results.get(2);
        assertEquals(400, thumbs.tilesPerFrame(), "every thumbnail is on screen and drawn");
        assertEquals(0, thumbs.dotsPerFrame());
        assertTrue(thumbs.totalMsPerFrame() >= thumbs.rasterMsPerFrame());
        MapRenderBench.Result placed = results.get(3);
        assertTrue(placed.tilesPerFrame() > 0, "zoomed out, some points get a thumbnail: " + placed.tilesPerFrame());
        assertTrue(placed.dotsPerFrame() > 0, "and the crowded rest are dots: " + placed.dotsPerFrame());
    }
}
