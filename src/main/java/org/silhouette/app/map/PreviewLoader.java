package org.silhouette.app.map;

import javafx.application.Platform;
import javafx.scene.image.Image;
import org.silhouette.core.LatestOnly;
import org.silhouette.render.ArgbTile;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Loads the large hover preview of one point at a time on its own thread; a request the cursor has moved
 * on from is dropped before it starts, and its result is never shown ({@link LatestOnly}). The thread starts on
 * first use.
 */
final class PreviewLoader {

    private final LatestOnly latest = new LatestOnly(Platform::runLater);
    private volatile ExecutorService executor;

    /**
     * Loads point {@code index} with {@code loader} off the FX thread and hands the enlarged image to
     * {@code show} on the FX thread, unless a newer request came meanwhile; a point that fails to load shows none.
     */
    void request(int index, IntFunction<ArgbTile> loader, Consumer<Image> show) {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon()
                    .name("preview-loader").unstarted(r));
        }
        latest.run(executor, () -> {
            ArgbTile big = loader.apply(index);
            return big == null ? null : FxImages.enlarged(big, HoverPreview.EDGE);
        }, (image, failure) -> {
            if (image != null) {
                show.accept(image);
            }
        });
    }

    /** No interrupt: a preview decode ends on its own. */
    void shutdown() {
        if (executor != null) {
            executor.shutdown();
        }
    }

    boolean awaitTermination(long millis) throws InterruptedException {
        ExecutorService e = executor;
        return e == null || e.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }
}
