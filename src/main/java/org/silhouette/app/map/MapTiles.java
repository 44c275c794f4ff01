package org.silhouette.app.map;

import javafx.application.Platform;
import org.silhouette.render.ArgbTile;
import org.silhouette.render.TileLookup;
import org.silhouette.render.TileStore;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * The map's thumbnails: the {@link TileStore} that loads them on background threads, replaced when the map
 * gets new images, and one repaint request per burst of arrivals rather than one per thumbnail.
 */
final class MapTiles {

    private final Runnable repaint;
    private final AtomicBoolean repaintPosted = new AtomicBoolean();
    private volatile TileStore store;

    /** @param repaint asks for the canvas to be drawn again; called on the FX thread */
    MapTiles(Runnable repaint) {
        this.repaint = repaint;
    }

    /** A new loader (null: dots only); the old store stops. Returns what the canvas should draw from. */
    TileLookup use(TileStore.Loader loader, long byteBudget, int threads) {
        close();
        store = loader == null ? null : new TileStore(loader, byteBudget, threads, this::arrived);
        return store;
    }

    /** Loads a thumbnail now, on the calling thread; null without a loader. */
    IntFunction<ArgbTile> direct() {
        TileStore s = store;
        return s == null ? null : s::loadDirect;
    }

    /** Stops background loading. */
    void close() {
        TileStore s = store;
        if (s != null) {
            s.close();
        }
    }

    /** Off the FX thread: waits for the loaders stopped by {@link #close()}. */
    boolean awaitClosed(long millis) throws InterruptedException {
        TileStore s = store;
        return s == null || s.awaitWorkers(millis);
    }

    /** From loader threads. */
    private void arrived() {
        if (repaintPosted.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                repaintPosted.set(false);
                repaint.run();
            });
        }
    }
}
