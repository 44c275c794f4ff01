package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TileStoreTest {

    private static ArgbTile tile(int rgb) {
        int[] px = new int[16 * 16];
        java.util.Arrays.fill(px, 0xFF000000 | rgb);
        return ArgbTile.of(16, 16, px, 0);
    }

    /** Runs frames until index's tile is in memory or the time is up. */
    private static ArgbTile awaitTile(TileStore store, int index, Semaphore arrivals) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            store.beginFrame();
            ArgbTile t = store.tileOrRequest(index);
            store.frameDone();
            if (t != null) {
                return t;
            }
            arrivals.tryAcquire(100, TimeUnit.MILLISECONDS);
        }
        return null;
    }

    @Test
    void loadsInTheBackgroundAndSignalsArrival() throws Exception {
        Semaphore arrivals = new Semaphore(0);
        List<String> threads = new CopyOnWriteArrayList<>();
        try (TileStore store = new TileStore(i -> {
            threads.add(Thread.currentThread().getName());
            return tile(i);
        }, 1 << 20, 2, arrivals::release)) {
            store.beginFrame();
            assertNull(store.tileOrRequest(7), "nothing is loaded on the caller's thread");
            store.frameDone();
            ArgbTile t = awaitTile(store, 7, arrivals);
            assertNotNull(t);
            assertEquals(0xFF000007, t.argb()[0]);
            assertTrue(threads.stream().allMatch(n -> n.startsWith("thumbnail-loader-")));
        }
    }

    @Test
    void aNewFrameSupersedesOlderRequests() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Integer> loaded = new CopyOnWriteArrayList<>();
        Semaphore arrivals = new Semaphore(0);
        try (TileStore store = new TileStore(i -> {
            if (i == 0) {
                gate.await();
            }
            loaded.add(i);
            return tile(i);
        }, 1 << 20, 1, arrivals::release)) {
            store.beginFrame();
            store.tileOrRequest(0);
            store.frameDone();
            Thread.sleep(50); // the only worker now sits in index 0
            store.beginFrame();
            for (int i = 1; i <= 5; i++) {
                store.tileOrRequest(i);
            }
            store.frameDone();
            store.beginFrame();
            store.tileOrRequest(9); // the view moved: only 9 is wanted now
            store.frameDone();
            gate.countDown();
            assertNotNull(awaitTile(store, 9, arrivals));
            assertEquals(List.of(0, 9), loaded);
        }
    }

    @Test
    void failuresAreNotRetriedAndTheBudgetEvictsTheOldest() throws Exception {
        Semaphore arrivals = new Semaphore(0);
        long oneTile = tile(0).bytes();
        java.util.concurrent.atomic.AtomicInteger brokenLoads = new java.util.concurrent.atomic.AtomicInteger();
        try (TileStore store = new TileStore(i -> {
            if (i == 3) {
                brokenLoads.incrementAndGet();
                throw new java.io.IOException("broken file");
            }
            return tile(i);
        }, 2 * oneTile, 1, arrivals::release)) {
            assertNotNull(awaitTile(store, 1, arrivals));
            assertNotNull(awaitTile(store, 2, arrivals));
            arrivals.drainPermits();
            assertNull(awaitTileBriefly(store, 3, arrivals));
            for (int frame = 0; frame < 3; frame++) {
                store.beginFrame();
                assertNull(store.tileOrRequest(3));
                store.frameDone();
            }
            assertNotNull(awaitTile(store, 4, arrivals)); // loaded after any retry of 3 would have been
            assertEquals(1, brokenLoads.get(), "a failed thumbnail is not asked for again");
            assertEquals(2, store.size());
            assertTrue(store.bytes() <= 2 * oneTile);
            store.beginFrame();
            assertNull(store.tileOrRequest(1), "the least recently used tile went first");
            store.frameDone();
        }
    }

    private static ArgbTile awaitTileBriefly(TileStore store, int index, Semaphore arrivals) throws InterruptedException {
        store.beginFrame();
        store.tileOrRequest(index);
        store.frameDone();
        assertTrue(arrivals.tryAcquire(5, TimeUnit.SECONDS));
        store.beginFrame();
        ArgbTile t = store.tileOrRequest(index);
        store.frameDone();
        assertFalse(t != null);
        return t;
    }
}
