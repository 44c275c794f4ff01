package org.silhouette.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** A range of work cut into one contiguous run per worker: the cut depends only on the range and the count. */
final class ContiguousRuns {
    private ContiguousRuns() {
    }

    /** Daemon threads, so a search abandoned by a closing app never holds the JVM open. */
    static ExecutorService pool(int workers, String name) {
        return Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs body(i) for i in [from, to), split into contiguous runs over the workers. */
    static void run(ExecutorService pool, int workers, int from, int to, IntConsumer body) {
        if (pool == null) {
            for (int i = from; i < to; i++) {
                body.accept(i);
            }
            return;
        }
        int per = (to - from + workers - 1) / workers;
        List<Future<?>> parts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int a = from + w * per;
            int b = Math.min(to, a + per);
            parts.add(pool.submit(() -> {
                for (int i = a; i < b; i++) {
                    body.accept(i);
                }
            }));
        }
        awaitAll(parts);
    }

    /** Waits for every part; a part's runtime exception is rethrown as it was. */
    static void awaitAll(List<Future<?>> parts) {
        try {
            for (Future<?> f : parts) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finding neighbours", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
