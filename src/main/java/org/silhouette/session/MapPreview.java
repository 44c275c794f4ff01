package org.silhouette.session;

import org.silhouette.core.FloatMatrix;
import org.silhouette.embed.FeatureExtractor;
import org.silhouette.layout.PrincipalAxes;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Points on the map while a new folder's features still arrive: after the first {@value #FIRST} images are
 * embedded, and again each time the count doubles, the features so far are projected onto their top two
 * principal axes (rough axes from at most {@value #SAMPLE} rows) and handed on as a map. UMAP's map replaces
 * the last preview once every image is embedded. A doubling schedule keeps the previews' cost to about twice
 * one projection of the whole folder.
 */
final class MapPreview implements FeatureExtractor.BatchListener {
    static final int FIRST = 256;
    static final int SAMPLE = 2000;
    static final int ITERATIONS = 20;

    private final int[] imageOfInput;
    private final Consumer<MapSnapshot> shown;
    private final long seed;
    private int next;
    /** Inputs looked at so far, and how many of them have features. */
    private int seen;
    private int embedded;

    /** @param imageOfInput the project image of each extractor input */
    MapPreview(int[] imageOfInput, Consumer<MapSnapshot> shown, long seed) {
        this.imageOfInput = imageOfInput;
        this.shown = shown;
        this.seed = seed;
        this.next = Math.min(FIRST, imageOfInput.length);
    }

    @Override
    public void batchDone(float[][] rows, int inputsDone) {
        for (; seen < inputsDone; seen++) { // a slot is settled once its batch is done: count only the new ones
            embedded += rows[seen] != null ? 1 : 0;
        }
        int count = embedded;
        if (count < next || count < 3 || inputsDone == rows.length) {
            return; // the last batch is followed by the real map
        }
        next = 2 * count;
        int dim = firstRow(rows, inputsDone).length;
        float[] data = new float[count * dim];
        int[] imageOfRow = new int[count];
        for (int i = 0, r = 0; i < inputsDone; i++) {
            if (rows[i] != null) {
                System.arraycopy(rows[i], 0, data, r * dim, dim);
                imageOfRow[r++] = imageOfInput[i];
            }
        }
        FloatMatrix coords = PrincipalAxes.preview(new FloatMatrix(count, dim, data), SAMPLE, ITERATIONS, seed);
        shown.accept(MapSnapshot.of(new Rows(imageOfRow), coords, String.format(Locale.ROOT,
                "Embedding: %,d of %,d images so far, shown by their two main axes until the map is ready.", count,
                rows.length)));
    }

    private static float[] firstRow(float[][] rows, int upTo) {
        for (int i = 0; i < upTo; i++) {
            if (rows[i] != null) {
                return rows[i];
            }
        }
        throw new IllegalStateException("no rows");
    }
}
