package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closed sessions are freed one after another, each after its thumbnail work, and a failure stops no other. */
class SessionClosingTest {

    @Test
    void nothingClosedIsDoneAtOnce() {
        assertTrue(new SessionClosing().done().isDone());
    }

    @Test
    void theFilesCloseAfterTheMapAndOnlyOnceTheThumbnailsStopped() throws Exception {
        ExecutorService compute = Executors.newSingleThreadExecutor();
        ExecutorService store = Executors.newSingleThreadExecutor();
        try {
            List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> thumbnails = new CompletableFuture<>();
            SessionClosing closing = new SessionClosing();
            closing.close(() -> steps.add("map"), () -> steps.add("files"), thumbnails, compute, store);
            compute.submit(() -> { }).get(); // the map is closed by now
            Thread.sleep(50);
            assertEquals(List.of("map"), steps, "the files wait for the thumbnails");
            assertFalse(closing.done().isDone());
            thumbnails.cancel(false); // a cancelled prefetch has ended too
            closing.done().get(10, TimeUnit.SECONDS);
            assertEquals(List.of("map", "files"), steps);
        } finally {
            compute.shutdown();
            store.shutdown();
        }
    }

    @Test
    void aSessionThatFailsToCloseDoesNotStopTheNext() {
        List<String> steps = new ArrayList<>();
        SessionClosing closing = new SessionClosing();
        CompletableFuture<Void> ended = CompletableFuture.completedFuture(null);
        closing.close(() -> {
            throw new IllegalStateException("broken head");
        }, () -> steps.add("first files"), ended, Runnable::run, Runnable::run);
        closing.close(() -> steps.add("second map"), () -> steps.add("second files"), ended, Runnable::run,
                Runnable::run);
        closing.done().join();
        assertEquals(List.of("second map", "second files"), steps);
    }
}
