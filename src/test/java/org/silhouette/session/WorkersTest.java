package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's queues stop only after the session was freed, and the window learns when they all ended. */
class WorkersTest {

    @Test
    void eachFileActionRunsOnTheQueueItNames() {
        Workers workers = new Workers();
        assertSame(workers.files, workers.of(FileActions.Queue.FILES));
        assertSame(workers.compute, workers.of(FileActions.Queue.COMPUTE), "embeddings: the thread that owns them");
        assertSame(workers.store, workers.of(FileActions.Queue.STORE), "imports: in order with label edits");
        workers.shutdown();
    }

    @Test
    void theQueuesRunUntilTheSessionIsFreedThenEndBeforeTheResult() throws Exception {
        Workers workers = new Workers();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        AtomicBoolean alsoAwaited = new AtomicBoolean();
        CompletableFuture<Void> all = workers.shutdownAfter(closed, millis -> {
            alsoAwaited.set(true);
            return true;
        });
        CountDownLatch ran = new CountDownLatch(1);
        workers.store.execute(ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS), "queued work still runs while the session closes");
        assertFalse(all.isDone());

        closed.complete(null);
        all.get(30, TimeUnit.SECONDS);
        assertTrue(workers.compute.isTerminated() && workers.store.isTerminated() && workers.files.isTerminated()
                && workers.inspector.isTerminated());
        assertTrue(alsoAwaited.get(), "the map's loaders are waited for too");
    }
}
