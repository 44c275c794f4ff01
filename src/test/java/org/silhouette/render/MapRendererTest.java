package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.silhouette.render.TestMaps.drawn;
import static org.silhouette.render.TestMaps.identity;
import static org.silhouette.render.TestMaps.points;

class MapRendererTest {

    private static final ArgbTile TILE = AllTiles.TILE;

    @Test
    void pointsOnTheSamePixelDrawOnce() {
        int stacked = 1000;
        float[] x = new float[stacked + 10];
        float[] y = new float[stacked + 10];
        for (int i = 0; i < stacked; i++) {
            x[i] = 50.2f + (i % 7) * 0.1f; // all inside pixel (50, 50)
            y[i] = 50.3f;
        }
        for (int i = 0; i < 10; i++) {
            x[stacked + i] = 5 + 10 * i;
            y[stacked + i] = 20;
        }
        CountingTarget target = new CountingTarget(200, 100);
        MapRenderer.Stats stats = new MapRenderer().render(points(x, y, 1), identity(200, 100),
                RenderSettings.DEFAULT, TileLookup.NONE, target);
        assertEquals(11, target.dots(), "1000 stacked points merge into one dot, plus 10 separate ones");
        assertEquals(11, stats.dots());
        assertTrue(target.dots() < x.length);
        assertEquals(1, target.clears().size());
    }

    @Test
    void onlyVisiblePointsDrawAndNaNIsSkipped() {
        float[] x = {-50, 10, 150, 90, Float.NaN, 10};
        float[] y = {10, -40, 10, 90, 10, Float.NaN};
        CountingTarget target = drawn(points(x, y, 1), identity(100, 100), TileLookup.NONE);
        assertEquals(1, target.dots());
        assertArrayEquals(new int[] {90, 90}, new int[] {target.dotCentres().get(0)[0], target.dotCentres().get(0)[1]});
    }

    @Test
    void theLastPointInDrawOrderWinsAPixelAndIsDrawnLast() {
        float[] x = {10.1f, 10.6f, 30};
        float[] y = {10.1f, 10.6f, 30};
        MapPoints p = points(x, y, 1);
        p.setColours(new int[] {0, 1, 2}, new int[] {0x111111, 0x222222, 0x333333}, new int[] {1, 0, 2});
        CountingTarget target = drawn(p, identity(100, 100), TileLookup.NONE);
        assertEquals(2, target.dots());
        assertEquals(0x111111, target.dotCentres().get(0)[2], "point 0 comes after point 1 in the order, so it wins");
        assertEquals(0x333333, target.dotCentres().get(1)[2], "point 2 is last in the order, drawn last");
    }

    @Test
    void switchesToThumbnailsForEveryPointWhenTheSpacingAllowsThem() {
        float[] x = {10, 50, 90};
        float[] y = {10, 50, 90};
        RenderSettings s = RenderSettings.DEFAULT;
        AllTiles tiles = new AllTiles();

        CountingTarget far = new CountingTarget(100, 100);
        Viewport v = identity(100, 100);
        MapRenderer.Stats zoomedOut = new MapRenderer().render(points(x, y, 20), v, s, tiles, far);
        assertFalse(zoomedOut.thumbnails(), "20 px spacing is under the 24 px switch");
        assertEquals(3, far.tiles(), "under the switch, points with room still get thumbnails");
        assertEquals(Math.round(s.thumbnailPx(20, 1)), far.tileBoxes().get(0)[2]);
        assertTrue(far.tileBoxes().get(0)[2] <= 24, "growing towards the switch size, not past it");

        CountingTarget near = new CountingTarget(100, 100);
        MapRenderer.Stats zoomedIn = new MapRenderer().render(points(x, y, 30), v, s, tiles, near);
        assertTrue(zoomedIn.thumbnails());
        assertEquals(3, near.tiles());
        assertEquals(0, near.dots());
        int[] box = near.tileBoxes().get(0);
        assertEquals(30, box[2], "past the switch, thumbnail edge = spacing x scale");
        assertEquals(10 - 15, box[0]);
        assertEquals(2, tiles.frames);
    }

    @Test
    void zoomedOutAClusterGetsOneThumbnailItsNeighboursAreHiddenOrDotsAndTheSizeGrowsWithTheZoom() {
        int cluster = 50;
        float[] x = new float[cluster + 3];
        float[] y = new float[cluster + 3];
        for (int i = 0; i < cluster; i++) { // a tight cluster, 10 x 20 px: room for one thumbnail
            x[i] = 100 + (i % 10);
            y[i] = 100 + (i / 10) * 4;
        }
        float[][] alone = {{20, 20}, {180, 30}, {40, 170}};
        for (int k = 0; k < 3; k++) {
            x[cluster + k] = alone[k][0];
            y[cluster + k] = alone[k][1];
        }
        AllTiles tiles = new AllTiles();
        CountingTarget opening = new CountingTarget(200, 200);
        MapRenderer.Stats s = new MapRenderer().render(points(x, y, 1), identity(200, 200), RenderSettings.DEFAULT,
                tiles, opening);
        assertFalse(s.thumbnails(), "1 px spacing: far under the switch");
        int size = opening.tileBoxes().get(0)[2];
        assertEquals(17, size, "24 x (1 / 24)^0.1 = 17.5 px at 1 px spacing");
        assertEquals(4, opening.tiles(), "the three points alone and one in the cluster");
        assertEquals(List.of(52, 51, 50, 49), tiles.asked, "top of the draw order first, tiles asked only for them");
        int[] top = {(int) x[49], (int) y[49]};
        for (int[] dot : opening.dotCentres()) {
            assertTrue(Math.abs(dot[0] - top[0]) >= size / 2 || Math.abs(dot[1] - top[1]) >= size / 2,
                    "points under the cluster's thumbnail are left out, the others stay dots");
        }
        assertTrue(opening.dots() > 0, "the cluster's points beyond its thumbnail stay dots");

        java.util.BitSet drawn = new java.util.BitSet();
        MapRenderer again = new MapRenderer();
        again.render(points(x, y, 1), identity(200, 200), RenderSettings.DEFAULT, new AllTiles(), new CountingTarget(200, 200));
        again.thumbnailsDrawn(drawn);
        assertEquals("{49, 50, 51, 52}", drawn.toString(), "the points drawn as thumbnails, for the selection's markers");
        assertEquals(17, again.thumbnailEdge());

        CountingTarget closer = drawn(points(x, y, 12), identity(200, 200), tiles);
        assertEquals(22, closer.tileBoxes().get(0)[2], "nearer the switch the thumbnails grow: 24 x 0.5^0.1 = 22.4");
    }

    @Test
    void thumbnailsPastTheCapFallBackToDots() {
        int n = 50;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = 20 + 30 * (i % 10);
            y[i] = 20 + 30 * (i / 10);
        }
        RenderSettings capped = new RenderSettings(0, 24, 160, 20, 1.6f, 4.5f);
        CountingTarget target = drawn(points(x, y, 30), identity(400, 200), capped, new AllTiles());
        assertEquals(20, target.tiles());
        assertEquals(30, target.dots());
    }

    @Test
    void missingTilesDrawAsDots() {
        float[] x = {20, 60};
        float[] y = {20, 20};
        TileLookup half = TileLookup.inMemory(index -> index == 0 ? TILE : null);
        CountingTarget target = drawn(points(x, y, 30), identity(100, 100), half);
        assertEquals(1, target.tiles());
        assertEquals(1, target.dots());
    }

    @Test
    void dimmedPointsAreFaintDotsBeneathTheOthersAndNeverThumbnails() {
        float[] x = {10, 50, 50.2f};
        float[] y = {10, 50, 50.2f};
        MapPoints p = points(x, y, 30);
        p.setColours(new int[] {0, 1, 2}, new int[] {0xFF0000, 0x00FF00, 0x0000FF}, new int[] {0, 1, 2});
        p.setDimmed(new boolean[] {true, false, true});
        assertArrayEquals(new int[] {0, 2, 1}, p.drawOrder(), "dimmed points first, so the kept one ends on top");

        CountingTarget target = drawn(p, identity(100, 100), new AllTiles());
        assertEquals(1, target.tiles(), "only the kept point is a thumbnail");
        assertEquals(0x00FF00, target.tileBoxes().getFirst()[3]);
        assertEquals(1, target.dots(), "point 0 is a dot; point 2 shares the kept point's cell and loses it");
        int bg = RenderSettings.DEFAULT.backgroundRgb();
        assertEquals(MapRenderer.faded(0xFF0000, bg), target.dotCentres().getFirst()[2]);
        int red = (target.dotCentres().getFirst()[2] >> 16) & 0xFF;
        assertTrue(red > ((bg >> 16) & 0xFF) && red < 0xFF / 2, "faint: between the background and its colour");

        p.setDimmed(null);
        assertArrayEquals(new int[] {0, 1, 2}, p.drawOrder(), "undimmed, the colours' own order again");
        p.setColours(new int[] {0, 1, 2}, new int[] {1, 2, 3}, new int[] {2, 1, 0});
        p.setDimmed(new boolean[] {false, true, false});
        assertArrayEquals(new int[] {1, 2, 0}, p.drawOrder(), "a new colour order keeps the dimmed beneath");
    }

    @Test
    void aDimmedNeighbourTakesNoRoomFromAKeptThumbnail() {
        float[] x = {50, 58};
        float[] y = {50, 50};
        MapPoints p = points(x, y, 1);
        CountingTarget crowded = drawn(p, identity(100, 100), new AllTiles());
        assertEquals(1, crowded.tiles(), "8 px apart: room for one 17 px thumbnail");
        assertEquals(0, crowded.dots(), "the other point lies under it");

        p.setDimmed(new boolean[] {false, true});
        AllTiles tiles = new AllTiles();
        CountingTarget filtered = drawn(p, identity(100, 100), tiles);
        assertEquals(1, filtered.tiles(), "the kept point gets its thumbnail");
        assertEquals(List.of(0), tiles.asked);
        assertEquals(1, filtered.dots(), "the dimmed one stays a faint dot, beneath");
    }
}
