package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.core.FloatMatrix;
import org.silhouette.embed.FeatureSlots;
import org.silhouette.embed.FeatureSlotsFixture;
import org.silhouette.layout.PrincipalAxes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapPreviewTest {

    /** Two blobs apart along one direction in 64-d, plus noise; every 10th input unreadable. */
    private static float[][] inputs(int n) {
        SplittableRandom r = new SplittableRandom(3);
        float[][] rows = new float[n][];
        for (int i = 0; i < n; i++) {
            if (i % 10 == 9) {
                continue;
            }
            rows[i] = new float[64];
            for (int j = 0; j < 64; j++) {
                rows[i][j] = (float) r.nextGaussian();
            }
            rows[i][5] += i % 2 == 0 ? 8 : -8;
        }
        return rows;
    }

    @Test
    void previewsComeAfterTheFirstImagesAndEachDoublingButNotAfterTheLastBatch() {
        int n = 2000;
        float[][] all = inputs(n);
        int[] imageOfInput = new int[n];
        for (int i = 0; i < n; i++) {
            imageOfInput[i] = 5000 + i;
        }
        List<MapSnapshot> shown = new ArrayList<>();
        MapPreview preview = new MapPreview(imageOfInput, shown::add, 1);
        FeatureSlots arriving = FeatureSlotsFixture.empty(n, 64);
        for (int done = 32; done <= n + 31; done += 32) {
            int upTo = Math.min(n, done);
            for (int i = upTo - Math.min(32, upTo - (done - 32)); i < upTo; i++) {
                if (all[i] != null) {
                    FeatureSlotsFixture.put(arriving, i, all[i]);
                }
            }
            preview.batchDone(arriving, upTo);
        }
        preview.finished(); // the previews are made on a thread of their own
        // a preview once >= 256 rows have features (260 after 288 inputs), then >= 520 (548 after 608), then
        // >= 1096 (1124 after 1248); >= 2248 never comes, as only 1800 of the 2000 inputs are readable
        assertEquals(List.of(260, 548, 1124), shown.stream().map(s -> s.rows().count()).toList());
        MapSnapshot first = shown.getFirst();
        assertEquals(5000, first.rows().image(0));
        assertEquals(5000 + 10, first.rows().image(9), "input 9 has no features, so row 9 is input 10");
        // the blobs lie apart along the first axis
        double even = 0;
        double odd = 0;
        for (int r = 0; r < first.rows().count(); r++) {
            boolean isEven = (first.rows().image(r) - 5000) % 2 == 0;
            even += isEven ? first.x()[r] : 0;
            odd += isEven ? 0 : first.x()[r];
        }
        assertTrue(Math.abs(even - odd) / first.rows().count() > 4, "blob means " + even + " vs " + odd);
    }

    /** Axes from 500 of 2,700 rows in 20 steps are rough (sampling noise of about √(64/500)), but close. */
    @Test
    void theQuickAxesOfASampleNearlyMatchTheFullProjectionOnClearData() {
        float[][] rows = inputs(3000);
        List<float[]> kept = new ArrayList<>();
        for (float[] r : rows) {
            if (r != null) {
                kept.add(r);
            }
        }
        FloatMatrix x = FloatMatrix.of(kept.toArray(float[][]::new));
        FloatMatrix quick = PrincipalAxes.preview(x, 500, 20, 1);
        FloatMatrix full = PrincipalAxes.preview(x, x.rows(), 100, 1);
        assertEquals(x.rows(), quick.rows());
        double dot = 0;
        double qq = 0;
        double ff = 0;
        for (int i = 0; i < x.rows(); i++) {
            dot += quick.get(i, 0) * full.get(i, 0);
            qq += quick.get(i, 0) * quick.get(i, 0);
            ff += full.get(i, 0) * full.get(i, 0);
        }
        assertTrue(Math.abs(dot) / Math.sqrt(qq * ff) > 0.95, "first-axis scores agree: " + dot / Math.sqrt(qq * ff));
        assertArrayEquals(new int[] {x.rows(), 2}, new int[] {quick.rows(), quick.cols()});
    }

    /** The preview of some rows read in place is the preview of those rows copied out, to the last bit. */
    @Test
    void aPreviewOfChosenRowsInPlaceEqualsThePreviewOfThoseRowsCopied() {
        float[][] rows = inputs(3000);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = rows[i] == null ? new float[64] : rows[i];
        }
        FloatMatrix x = FloatMatrix.of(rows);
        int[] chosen = java.util.stream.IntStream.range(0, 3000).filter(i -> i % 7 != 3 && i < 2900).toArray();
        FloatMatrix inPlace = PrincipalAxes.preview(x, chosen, 500, 20, 1);
        FloatMatrix copied = PrincipalAxes.preview(x.selectRows(chosen), 500, 20, 1);
        assertArrayEquals(copied.data(), inPlace.data());
    }

    /** A new folder shows rough maps while its features arrive; a project reopened with its saved map does not. */
    @Test
    void aNewFolderGetsPreviewsOfItsImagesAndAReopenedOneDoesNot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path folder = dir.resolve("images");
        BackbonePickTest.images(folder, 600, 28, false);
        java.nio.file.Path home = dir.resolve("home");
        List<MapSnapshot> previews = new ArrayList<>();
        try (ProjectSession s = ProjectSession.open(new OpenRequest(folder, null, null), home,
                org.silhouette.core.Progress.NONE, org.silhouette.core.Cancellation.NEVER)) {
            MapSnapshot map = s.embedAndMap(false, previews::add, org.silhouette.core.Progress.NONE,
                    org.silhouette.core.Cancellation.NEVER);
            assertEquals(List.of(256, 512), previews.stream().map(p -> p.rows().count()).toList());
            java.util.Set<Integer> final_ = new java.util.HashSet<>();
            for (int r = 0; r < map.rows().count(); r++) {
                final_.add(map.rows().image(r));
            }
            for (MapSnapshot p : previews) {
                for (int r = 0; r < p.rows().count(); r++) {
                    assertTrue(final_.contains(p.rows().image(r)), "a previewed image is on the final map");
                    assertTrue(Float.isFinite(p.x()[r]) && Float.isFinite(p.y()[r]));
                }
            }
        }
        previews.clear();
        try (ProjectSession s = ProjectSession.open(new OpenRequest(folder, null, null), home,
                org.silhouette.core.Progress.NONE, org.silhouette.core.Cancellation.NEVER)) {
            s.embedAndMap(false, previews::add, org.silhouette.core.Progress.NONE, org.silhouette.core.Cancellation.NEVER);
            assertEquals(List.of(), previews, "the saved map shows at once; no preview needed");
        }
    }
}
