package org.silhouette.session;

import org.silhouette.core.FloatMatrix;
import org.silhouette.embed.FeatureExtractor;
import org.silhouette.embed.FeatureSlots;
import org.silhouette.layout.PrincipalAxes;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Points on the map while a new folder's features still arrive: after the first {@value #FIRST} images are
 * embedded, and again each time the count doubles, the features so far are projected onto their top two
 * principal axes (rough axes from at most {@value #SAMPLE} rows) and handed on as a map. UMAP's map replaces
 * the last preview once every image is embedded. A doubling schedule keeps the previews' cost to about twice
 * one projection of the whole folder.
 *
 * <p>The projections run on a thread of their own, in order: {@link #batchDone} is called on the thread that
 * runs the backbone, the slowest stage of opening, and the other core has room while it runs. {@link #close}
 * waits for the last preview, so none can arrive after the real map.
 */
final class MapPreview implements FeatureExtractor.BatchListener, AutoCloseable {
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
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "silhouette-map-preview");
        t.setDaemon(true);
        return t;
    });

    /** @param imageOfInput the project image of each extractor input */
    MapPreview(int[] imageOfInput, Consumer<MapSnapshot> shown, long seed) {
        this.imageOfInput = imageOfInput;
        this.shown = shown;
        this.seed = seed;
        this.next = Math.min(FIRST, imageOfInput.length);
    }

    @Override
    public void batchDone(FeatureSlots slots, int inputsDone) {
        for (; seen < inputsDone; seen++) { // a slot is settled once its batch is done: count only the new ones
            embedded += slots.has(seen) ? 1 : 0;
        }
        int count = embedded;
        if (count < next || count < 3 || inputsDone == slots.inputs()) {
            return; // the last batch is followed by the real map
        }
        next = 2 * count;
        worker.execute(() -> show(slots, inputsDone, count)); // slots below inputsDone are settled
    }

    /** Projects the {@code count} inputs with features among the first {@code inputsDone} and shows them. */
    private void show(FeatureSlots slots, int inputsDone, int count) {
        int[] inputOfRow = new int[count];
        int[] imageOfRow = new int[count];
        for (int i = 0, r = 0; i < inputsDone; i++) {
            if (slots.has(i)) {
                inputOfRow[r] = i;
                imageOfRow[r++] = imageOfInput[i];
            }
        }
        FloatMatrix coords = PrincipalAxes.preview(slots.matrix(), inputOfRow, SAMPLE, ITERATIONS, seed);
        shown.accept(MapSnapshot.of(new Rows(imageOfRow), coords, String.format(Locale.ROOT,
                "Embedding: %,d of %,d images so far, shown by their two main axes until the map is ready.", count,
                slots.inputs())));
    }

    /** The extractor is about to compact the slots: the previews already due must be done reading them. */
    @Override
    public void finished() {
        close();
    }

    /** Waits for the previews already due, so that none arrives after the real map. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(1, TimeUnit.MINUTES)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
