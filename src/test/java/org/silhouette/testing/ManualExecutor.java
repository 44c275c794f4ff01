package org.silhouette.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/** An executor that only queues: a test runs what waits when it chooses, so it decides what has started when. */
public final class ManualExecutor extends AbstractExecutorService {

    private final List<Runnable> waiting = new ArrayList<>();
    private boolean shut;

    /** Runs what waits now; what that queues waits for the next call. */
    public void runAll() {
        List<Runnable> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }

    public int waiting() {
        return waiting.size();
    }

    @Override
    public void execute(Runnable r) {
        waiting.add(r);
    }

    @Override
    public boolean isShutdown() {
        return shut;
    }

    @Override
    public void shutdown() {
        shut = true;
    }

    @Override
    public boolean isTerminated() {
        return shut;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shut = true;
        return List.copyOf(waiting);
    }

    /** Nothing runs by itself, so there is nothing to wait for. */
    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
