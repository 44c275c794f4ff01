package org.silhouette.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Thumbnails in memory for the map: an LRU bounded in bytes, filled by background threads. The render
 * thread only looks up and queues; each frame's requests replace the last frame's, so panning loads what
 * is on screen now, top-most first. Nothing here blocks the caller.
 */
public final class TileStore implements TileLookup, AutoCloseable {

    /** Loads one image's thumbnail; called on a worker thread, never on the FX thread. */
    @FunctionalInterface
    public interface Loader {
        ArgbTile load(int index) throws Exception;
    }

    private record Arrival(int index, ArgbTile tile) {
    }

    private final Loader loader;
    private final long byteBudget;
    private final Runnable onArrival;
    private final LinkedHashMap<Integer, ArgbTile> lru = new LinkedHashMap<>(1024, 0.75f, true);
    private final BitSet failed = new BitSet();
    private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean arrivalSignalled = new AtomicBoolean();
    private final List<Thread> workers = new ArrayList<>();
    private final Object lock = new Object();
    /** Being loaded, waiting to be collected, or held: a worker must not load these again. Under lock. */
    private final BitSet taken = new BitSet();
    private ArrayDeque<Integer> pending = new ArrayDeque<>();
    private ArrayDeque<Integer> wanted = new ArrayDeque<>();
    private long bytes;
    private boolean closed;

    /**
     * @param onArrival called from a worker when tiles arrived after the last frame (at most once per
     *                  frame); the app turns it into a repaint request on the FX thread
     */
    public TileStore(Loader loader, long byteBudget, int threads, Runnable onArrival) {
        if (byteBudget <= 0 || threads < 1) {
            throw new IllegalArgumentException("Tile store needs a positive budget and at least one thread");
        }
        this.loader = loader;
        this.byteBudget = byteBudget;
        this.onArrival = onArrival;
        for (int t = 0; t < threads; t++) {
            Thread worker = Thread.ofPlatform().daemon().name("thumbnail-loader-" + t).unstarted(this::work);
            worker.setPriority(Thread.NORM_PRIORITY - 1);
            workers.add(worker);
            worker.start();
        }
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void beginFrame() {
        arrivalSignalled.set(false);
        Arrival a;
        while ((a = arrivals.poll()) != null) {
            if (a.tile() == null) {
                failed.set(a.index());
                continue;
            }
            ArgbTile old = lru.put(a.index(), a.tile());
            bytes += a.tile().bytes() - (old == null ? 0 : old.bytes());
        }
        evict();
    }

    @Override
    public ArgbTile tileOrRequest(int index) {
        ArgbTile tile = lru.get(index);
        if (tile == null && !failed.get(index)) {
            wanted.add(index);
        }
        return tile;
    }

    @Override
    public ArgbTile peek(int index) {
        return lru.get(index);
    }

    @Override
    public void frameDone() {
        synchronized (lock) {
            ArrayDeque<Integer> previous = pending;
            pending = wanted;
            wanted = previous;
            wanted.clear();
            if (!pending.isEmpty()) {
                lock.notifyAll();
            }
        }
    }

    /** Loads one thumbnail on the calling thread (not the FX thread), bypassing the queue; null on failure. */
    public ArgbTile loadDirect(int index) {
        try {
            return loader.load(index);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Tiles held now (FX thread). */
    public int size() {
        return lru.size();
    }

    public long bytes() {
        return bytes;
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            pending.clear();
            lock.notifyAll();
        }
        // No interrupts: a worker inside the loader may be reading a shared FileChannel (the thumbnail
        // pack), which an interrupt would close for every other user. Workers see 'closed' after the load.
    }

    /** True once every worker thread has ended (for tests and orderly shutdown). */
    public boolean awaitWorkers(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        for (Thread w : workers) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0 || !w.join(java.time.Duration.ofMillis(left))) {
                return false;
            }
        }
        return true;
    }

    private void evict() {
        var it = lru.entrySet().iterator();
        while (bytes > byteBudget && it.hasNext()) {
            Map.Entry<Integer, ArgbTile> eldest = it.next();
            bytes -= eldest.getValue().bytes();
            synchronized (lock) {
                taken.clear(eldest.getKey());
            }
            it.remove();
        }
    }

    private void work() {
        while (true) {
            int index;
            synchronized (lock) {
                while (!closed && nextPending() < 0) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                index = nextPending();
                pending.pollLast();
                taken.set(index);
            }
            ArgbTile tile;
            try {
                tile = loader.load(index);
            } catch (InterruptedException e) {
                return;
            } catch (Exception | OutOfMemoryError e) {
                tile = null;
            }
            arrivals.add(new Arrival(index, tile));
            if (arrivalSignalled.compareAndSet(false, true)) {
                onArrival.run();
            }
        }
    }

    /** The newest request not already taken, dropping those that are; -1 when none. Holds the lock. */
    private int nextPending() {
        while (!pending.isEmpty()) {
            int index = pending.peekLast();
            if (!taken.get(index)) {
                return index;
            }
            pending.pollLast();
        }
        return -1;
    }
}
