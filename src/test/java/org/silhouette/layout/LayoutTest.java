package org.silhouette.layout;

import org.junit.jupiter.api.Test;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.Cancellation;
import org.silhouette.core.CancelledException;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.MatrixFiles;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.head.HeadSpec;
import org.silhouette.embed.head.Standardizer;
import org.silhouette.testing.Blobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutTest {
    private static final Blobs BLOBS = Blobs.make(3, 30, 6, 8, 1, 2);

    @Test
    void pcaMatchesNumpySvdUpToSign() throws IOException {
        FloatMatrix x = MatrixFiles.read(Path.of("src/test/resources/fixtures/layout/pca_input.csv"));
        FloatMatrix expected = MatrixFiles.read(Path.of("src/test/resources/fixtures/layout/pca_scores.csv"));
        FloatMatrix y = Pca.fit(x);
        for (int c = 0; c < 2; c++) {
            double sign = Math.signum(y.get(0, c) * expected.get(0, c));
            for (int i = 0; i < x.rows(); i++) {
                assertEquals(expected.get(i, c), sign * y.get(i, c), 1e-4, "row " + i + " component " + c);
            }
        }
    }

    @Test
    void pcaOfDegenerateInputIsDefined() {
        assertEquals(FloatMatrix.zeros(5, 2), Pca.fit(new FloatMatrix(5, 3, new float[15])));
        assertEquals(FloatMatrix.zeros(1, 2), Pca.fit(FloatMatrix.of(new float[][] {{1, 2}})));
        FloatMatrix one = Pca.fit(FloatMatrix.of(new float[][] {{1}, {3}}));
        assertEquals(-1f, one.get(0, 0));
        assertEquals(0f, one.get(1, 1));
    }

    @Test
    void alignmentUndoesAFlipOfThePreviousMap() {
        FloatMatrix pca = Layout.fit(BLOBS.x(), LayoutOptions.of(LayoutMethod.PCA, 1), null, Progress.NONE,
                Cancellation.NEVER).coordinates();
        FloatMatrix previous = FloatMatrix.zeros(pca.rows(), 2);
        for (int i = 0; i < pca.rows(); i++) {
            previous.set(i, 0, -pca.get(i, 1) * 3 + 10); // rotated, flipped, scaled, shifted
            previous.set(i, 1, -pca.get(i, 0) * 3);
        }
        Layout.Result r = Layout.fit(BLOBS.x(), LayoutOptions.of(LayoutMethod.PCA, 1), previous, Progress.NONE,
                Cancellation.NEVER);
        assertTrue(r.aligned());
        for (int i = 0; i < pca.rows(); i++) {
            assertEquals(previous.get(i, 0), r.coordinates().get(i, 0), 1e-3);
            assertEquals(previous.get(i, 1), r.coordinates().get(i, 1), 1e-3);
        }
    }

    @Test
    void tsneRunsSeededAndSeparatesBlobs() {
        TsneOptions o = TsneOptions.defaults().withIterations(300).withSeed(4);
        FloatMatrix a = Tsne.fit(BLOBS.x(), o, Progress.NONE, Cancellation.NEVER);
        FloatMatrix b = Tsne.fit(BLOBS.x(), o, Progress.NONE, Cancellation.NEVER);
        assertEquals(BLOBS.x().rows(), a.rows());
        assertTrue(a.allFinite());
        assertEquals(a, b, "seeded");
        assertTrue(LayoutQuality.neighbourPurity(a, BLOBS.labels(), 5) > 0.95);
        assertEquals(3, Tsne.fit(FloatMatrix.of(new float[][] {{1, 2}, {2, 1}, {0, 0}}), o, Progress.NONE,
                Cancellation.NEVER).rows(), "tiny input falls back to PCA");
    }

    @Test
    void tsneCancels() {
        CancelFlag flag = new CancelFlag();
        flag.cancel();
        assertThrows(CancelledException.class,
                () -> Tsne.fit(BLOBS.x(), TsneOptions.defaults(), Progress.NONE, flag));
    }

    @Test
    void headLayoutNeedsATwoDimensionalHead() {
        try (EmbeddingModel two = EmbeddingModel.create(new HeadSpec(6, List.of(8), 2), Standardizer.fit(BLOBS.x()), 1);
                EmbeddingModel four = EmbeddingModel.create(new HeadSpec(6, List.of(8), 4), Standardizer.fit(BLOBS.x()), 1)) {
            FloatMatrix y = Layout.head(two, BLOBS.x());
            assertEquals(two.embed(BLOBS.x()), y);
            Layout.Result r = Layout.fit(y, LayoutOptions.of(LayoutMethod.HEAD, 0), null, Progress.NONE, Cancellation.NEVER);
            assertEquals(y, r.coordinates());
            assertTrue(assertThrows(UserError.class, () -> Layout.head(four, BLOBS.x())).getMessage().contains("needs a model of dimension 2"));
            assertThrows(UserError.class, () -> Layout.fit(four.embed(BLOBS.x()), LayoutOptions.of(LayoutMethod.HEAD, 0),
                    null, Progress.NONE, Cancellation.NEVER));
        }
    }

    @Test
    void badInputIsAUserError() {
        FloatMatrix x = new FloatMatrix(BLOBS.x().rows(), 6, BLOBS.x().data().clone());
        x.set(4, 2, Float.POSITIVE_INFINITY);
        UserError e = assertThrows(UserError.class, () -> Layout.fit(x, LayoutOptions.of(LayoutMethod.UMAP, 0), null,
                Progress.NONE, Cancellation.NEVER));
        assertTrue(e.getMessage().contains("row 4"), e.getMessage());
        assertThrows(UserError.class, () -> Layout.fit(BLOBS.x(), LayoutOptions.of(LayoutMethod.PCA, 0),
                FloatMatrix.zeros(3, 2), Progress.NONE, Cancellation.NEVER));
        assertThrows(UserError.class, () -> LayoutMethod.parse("mds"));
        assertEquals(LayoutMethod.TSNE, LayoutMethod.parse(" TSNE "));
        assertFalse(LayoutOptions.of(LayoutMethod.UMAP, 3).umap().seed() != 3);
    }
}
