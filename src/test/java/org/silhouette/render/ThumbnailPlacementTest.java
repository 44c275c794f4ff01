package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thumbnails placed like labels on a map: at the opening zoom of a crowded map, as many as fit without
 * overlapping; more and larger ones as the user zooms in, until every point is drawn as or under one.
 */
class ThumbnailPlacementTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;

    /** 1,500 points in 12 seeded Gaussian clusters, like the demo's map; spacing measured as the app does. */
    private static MapPoints cloud() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 1500;
        float[] x = new float[n];
        float[] y = new float[n];
        float[][] centres = new float[12][];
        for (int c = 0; c < centres.length; c++) {
            centres[c] = new float[] {(float) random.nextDouble(-8, 8), (float) random.nextDouble(-5, 5)};
        }
        for (int i = 0; i < n; i++) {
            float[] c = centres[random.nextInt(centres.length)];
            x[i] = c[0] + (float) (random.nextGaussian() * 0.8);
            y[i] = c[1] + (float) (random.nextGaussian() * 0.8);
        }
        return TestMaps.points(x, y, PointSpacing.estimate(x, y, n));
    }

    /** The view a freshly opened map gets: the whole cloud fitted into the window. */
    private static Viewport opening(MapPoints p) {
        float[] b = FiniteBounds.of(p.x(), p.y(), p.count());
        Viewport v = new Viewport();
        v.setSize(WIDTH, HEIGHT);
        v.fit(b[0], b[1], b[2], b[3], 28);
        return v;
    }

    @Test
    void theOpeningViewOfACrowdedMapShowsHundredsOfThumbnailsThatDoNotOverlap() {
        MapPoints p = cloud();
        Viewport v = opening(p);
        assertTrue(p.spacing() * v.scale() < 6, "crowded: a few pixels between neighbours, got "
                + p.spacing() * v.scale());
        CountingTarget target = TestMaps.drawn(p, v, new AllTiles());
        // the earlier rule (a thumbnail only for a point with no other within its size) placed 66 here
        assertTrue(target.tiles() >= 200, "thumbnails wherever they fit, got " + target.tiles());
        assertTrue(target.dots() > 0, "the crowded rest stay dots");
        assertTrue(target.tileBoxes().getFirst()[2] >= 16, "no smaller than 16 px");
        assertNoOverlap(target.tileBoxes());
    }

    @Test
    void tilesAreRequestedOnlyForThePointsDrawnAsThumbnails() {
        MapPoints p = cloud();
        AllTiles tiles = new AllTiles();
        CountingTarget target = TestMaps.drawn(p, opening(p), tiles);
        assertEquals(target.tiles(), tiles.asked.size());
        assertEquals(target.tiles(), new HashSet<>(tiles.asked).size());
    }

    @Test
    void zoomingInShowsMoreOfTheMapAsThumbnailsUntilEveryPointIsDrawnAsOrUnderOne() {
        MapPoints p = cloud();
        Viewport v = opening(p);
        double lastShare = -1;
        boolean full = false;
        for (int notch = 0; notch < 16 && !full; notch++) {
            CountingTarget target = new CountingTarget(WIDTH, HEIGHT);
            MapRenderer.Stats s = new MapRenderer().render(p, v, RenderSettings.DEFAULT, new AllTiles(), target);
            double share = target.tiles() / (double) (target.tiles() + target.dots());
            assertTrue(share >= lastShare - 0.02, "notch " + notch + ": " + share + " after " + lastShare);
            lastShare = share;
            full = s.thumbnails();
            if (full) {
                assertEquals(0, target.dots(), "every visible point drawn as or under a thumbnail");
                assertTrue(target.tiles() > 0);
            }
            v.zoomAbout(WIDTH / 2.0, HEIGHT / 2.0, 1.25);
        }
        assertTrue(full, "a dozen notches in, every point has a thumbnail");
    }

    @Test
    void theThumbnailSizeGrowsSmoothlyWithTheZoomWithoutAJumpAtTheSwitch() {
        RenderSettings s = RenderSettings.DEFAULT;
        double spacing = 0.01;
        float lastSize = s.thumbnailPx(spacing, 10);
        float lastGap = (float) (s.thumbnailGapShare(spacing, 10) * lastSize);
        assertTrue(lastSize >= 16 && lastSize <= 24, "opening size " + lastSize);
        for (double scale = 10; scale < 40_000; scale *= 1.002) {
            float size = s.thumbnailPx(spacing, scale);
            float gap = (float) (s.thumbnailGapShare(spacing, scale) * size);
            assertTrue(size >= lastSize, "never shrinks while zooming in, at scale " + scale);
            assertTrue(size <= lastSize * 1.01 + 1e-6, "no jump at scale " + scale + ": " + lastSize + " -> " + size);
            assertTrue(Math.abs(gap - lastGap) <= 0.01 * size + 1e-6, "the gap moves smoothly too, at " + scale);
            assertTrue(gap <= size && gap >= size / 3 - 1e-4, "gap within [size / 3, size]");
            lastSize = size;
            lastGap = gap;
        }
        assertEquals(s.thumbnailMaxPx(), lastSize, 1e-3, "capped at the largest size");
        assertEquals(24, s.thumbnailPx(spacing, 2400), 1e-3, "at the switch (24 px between neighbours), 24 px");
        assertTrue(s.thumbnailPx(spacing, 4800) > s.thumbnailPx(spacing, 2400), "past the switch it keeps growing");
        assertEquals(1.0, s.thumbnailGapShare(spacing, 1200), 1e-9, "a doubling before the switch: no overlap");
        assertEquals(1.0 / 3, s.thumbnailGapShare(spacing, 2400), 1e-9,
                "from the switch on, thumbnails overlap as before: a third of their size apart");
    }

    @Test
    void dimmedPointsTakeNoRoomAndGetNoTile() {
        MapPoints p = cloud();
        Viewport v = opening(p);
        CountingTarget all = TestMaps.drawn(p, v, new AllTiles());
        boolean[] dimmed = new boolean[p.count()];
        for (int i = 0; i < dimmed.length; i += 2) {
            dimmed[i] = true;
        }
        p.setDimmed(dimmed);
        AllTiles tiles = new AllTiles();
        CountingTarget filtered = TestMaps.drawn(p, v, tiles);
        assertFalse(tiles.asked.isEmpty());
        assertTrue(tiles.asked.stream().allMatch(i -> !dimmed[i]), "no tile asked for a dimmed point");
        assertNoOverlap(filtered.tileBoxes());
        assertTrue(filtered.tiles() >= all.tiles() * 0.8,
                "half the points dimmed, the kept half still get about as many thumbnails: "
                        + filtered.tiles() + " of " + all.tiles());

        // a kept point right beside a dimmed one gets its thumbnail; and the other way round no room is taken
        MapPoints pair = TestMaps.points(new float[] {50, 52}, new float[] {50, 50}, 1);
        pair.setDimmed(new boolean[] {true, false});
        CountingTarget t = TestMaps.drawn(pair, TestMaps.identity(100, 100), new AllTiles());
        assertEquals(1, t.tiles());
    }

    @Test
    void theSameMapAndViewDrawTheSameFrame() {
        MapPoints p = cloud();
        Viewport v = opening(p);
        v.zoomAbout(400, 300, 1.25 * 1.25 * 1.25);
        MapRenderer reused = new MapRenderer();
        List<String> first = frame(reused, p, v);
        reused.render(p, opening(p), RenderSettings.DEFAULT, new AllTiles(), new CountingTarget(WIDTH, HEIGHT));
        assertEquals(first, frame(reused, p, v), "a reused renderer");
        assertEquals(first, frame(new MapRenderer(), p, v), "a fresh renderer");
    }

    private static List<String> frame(MapRenderer r, MapPoints p, Viewport v) {
        CountingTarget t = new CountingTarget(WIDTH, HEIGHT);
        r.render(p, v, RenderSettings.DEFAULT, new AllTiles(), t);
        List<String> out = new ArrayList<>();
        t.tileBoxes().forEach(b -> out.add("tile " + b[0] + "," + b[1] + "," + b[2]));
        t.dotCentres().forEach(d -> out.add("dot " + d[0] + "," + d[1]));
        return out;
    }

    private static void assertNoOverlap(List<int[]> boxes) {
        Set<String> seen = new HashSet<>();
        for (int a = 0; a < boxes.size(); a++) {
            int[] p = boxes.get(a);
            assertTrue(seen.add(p[0] + "," + p[1]));
            for (int b = a + 1; b < boxes.size(); b++) {
                int[] q = boxes.get(b);
                boolean apart = p[0] + p[2] <= q[0] || q[0] + q[2] <= p[0] || p[1] + p[2] <= q[1] || q[1] + q[2] <= p[1];
                assertTrue(apart, "thumbnails at " + p[0] + "," + p[1] + " and " + q[0] + "," + q[1] + " overlap");
            }
        }
    }

    /** A click anywhere on a small thumbnail finds the point it shows, even at its corner, far from its dot. */
    @Test
    void aThumbnailIsFoundAnywhereOnItsSquare() {
        MapPoints p = cloud();
        Viewport v = opening(p);
        MapRenderer renderer = new MapRenderer();
        CountingTarget target = new CountingTarget(WIDTH, HEIGHT);
        renderer.render(p, v, RenderSettings.DEFAULT, new AllTiles(), target);
        assertTrue(target.tiles() >= 200);
        for (int[] box : target.tileBoxes()) {
            int found = renderer.thumbnailAt(box[0] + 1, box[1] + 1);
            assertTrue(found >= 0, "the corner of the thumbnail at " + box[0] + "," + box[1]);
            double cx = v.toScreenX(p.x()[found]);
            double cy = v.toScreenY(p.y()[found]);
            assertTrue(Math.abs(cx - (box[0] + box[2] / 2.0)) <= 1 && Math.abs(cy - (box[1] + box[2] / 2.0)) <= 1,
                    "the point shown in that thumbnail");
        }
        assertEquals(-1, renderer.thumbnailAt(-500, -500), "nothing off the map");
    }
}
