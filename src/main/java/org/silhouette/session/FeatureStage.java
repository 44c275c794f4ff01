package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.data.ImageEntry;
import org.silhouette.data.Problem;
import org.silhouette.embed.FeatureCache;
import org.silhouette.embed.FeatureExtractor;
import org.silhouette.embed.backbone.Backbone;
import org.silhouette.embed.backbone.Backbones;
import org.silhouette.project.ProjectStore;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;

/**
 * Backbone features for the scanned images, through the project's feature cache: the rows of the map are
 * the images that got features. Each file is hashed once here: the hash keys its features, is recorded in
 * the project and keys its thumbnail, which is made from the same decoded pixels. The backbone is closed
 * again at the end; the cache keeps the work.
 */
final class FeatureStage {

    /**
     * @param rows the images that got features, in scan order
     * @param problems images that were skipped, with reasons
     */
    record Features(Rows rows, FloatMatrix matrix, String fingerprint, String backbone, List<Problem> problems,
            int cacheHits, int computed, double seconds) {

        /** The status line once the first map stands on these features. */
        String readyStatus() {
            return String.format(Locale.ROOT, "Map ready: %,d images; features in %.1f s (%,d computed, %,d from"
                    + " the cache).", rows.count(), seconds, computed, cacheHits);
        }
    }

    private FeatureStage() {
    }

    static Features run(ProjectStore store, ScannedImages scanned, ProjectThumbnails thumbnails,
            ProjectSettings settings, boolean allowDownload, Progress progress, Cancellation cancel) throws IOException {
        return run(store, scanned, thumbnails, settings, allowDownload, null, progress, cancel);
    }

    /** @param preview receives rough maps of the features so far while they arrive ({@link MapPreview}), or null */
    static Features run(ProjectStore store, ScannedImages scanned, ProjectThumbnails thumbnails,
            ProjectSettings settings, boolean allowDownload, Consumer<MapSnapshot> preview, Progress progress,
            Cancellation cancel) throws IOException {
        long t0 = System.nanoTime();
        String spec = DefaultBackbone.spec(settings);
        progress.update("Opening the backbone", 0, -1);
        int[] imageOfInput = scanned.recordedImages();
        try (Backbone backbone = Backbones.open(spec, settings.introspection(DefaultBackbone.ownSize(spec)),
                Backbones.defaultModelCache(), allowDownload, progress, cancel);
                FeatureCache cache = FeatureCache.open(store.paths().featureCacheDir(), backbone.fingerprint(),
                        backbone.featureDim());
                // closed before the features are handed on: it waits for the last preview, so none comes after the map
                MapPreview previews = preview == null ? null
                        : new MapPreview(imageOfInput, preview, LoopOptions.defaults().seed())) {
            cancel.check();
            List<ImageEntry> inputs = scanned.recorded();
            String[] hashOfInput = new String[inputs.size()];
            FeatureExtractor.Result r = FeatureExtractor.extract(inputs, backbone, cache,
                    FeatureExtractor.Options.defaults(), (input, hash, decoded) -> {
                        hashOfInput[input] = hash.toString();
                        if (decoded != null) {
                            thumbnails.offer(hash, decoded);
                        }
                    }, previews == null ? FeatureExtractor.BatchListener.NONE : previews, progress, cancel);
            int[] imageOfRow = new int[r.embedded().size()];
            String[] hashOfRow = new String[imageOfRow.length];
            for (int row = 0, input = 0; row < imageOfRow.length; row++, input++) {
                while (!inputs.get(input).equals(r.embedded().get(row))) { // rows: the inputs that got features
                    input++;
                }
                imageOfRow[row] = imageOfInput[input];
                hashOfRow[row] = hashOfInput[input];
            }
            thumbnails.learnKeys(imageOfRow, hashOfRow);
            if (!store.isReadOnly()) {
                store.recordHashes(imageOfRow, hashOfRow);
            }
            return new Features(new Rows(imageOfRow), r.features(), backbone.fingerprint(), backbone.describe(),
                    r.problems(), r.cacheHits(), r.computed(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
