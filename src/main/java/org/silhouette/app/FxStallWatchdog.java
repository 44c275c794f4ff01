package org.silhouette.app;

import javafx.application.Platform;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long the FX thread keeps the user waiting: a pinger posts a runnable every {@value #PERIOD_MS}
 * ms and records how late it runs (wall clock), and how much CPU the FX thread itself burned meanwhile. The
 * wall figure also counts time the whole process waited for a CPU on a busy machine; the CPU figure is the
 * FX thread's own work, which is what our code controls.
 */
final class FxStallWatchdog implements AutoCloseable {

    static final int PERIOD_MS = 20;
    static final double STALL_MS = 100;

    /**
     * @param worstWallMs the latest a ping ran
     * @param worstBusyMs the most FX-thread CPU time spent while one ping waited
     * @param wallOver100 pings that waited more than {@value #STALL_MS} ms
     */
    record Report(long pings, double worstWallMs, double worstBusyMs, int wallOver100, int busyOver100) {
        String describe() {
            return String.format(java.util.Locale.ROOT, "%d pings every %d ms: worst wait %.0f ms (%d over 100 ms);"
                    + " worst FX-thread work during one wait %.0f ms (%d over 100 ms)", pings, PERIOD_MS, worstWallMs,
                    wallOver100, worstBusyMs, busyOver100);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicLong fxThreadId = new AtomicLong(-1);
    private final Object lock = new Object();
    private final Thread pinger;
    private volatile boolean running = true;
    private long pings;
    private double worstWall;
    private double worstBusy;
    private int wallOver;
    private int busyOver;

    FxStallWatchdog() {
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        Platform.runLater(() -> fxThreadId.set(Thread.currentThread().threadId()));
        pinger = Thread.ofPlatform().daemon().name("fx-stall-watchdog").start(this::ping);
    }

    private void ping() {
        while (running) {
            long id = fxThreadId.get();
            long postedAt = System.nanoTime();
            long cpuAtPost = id < 0 ? -1 : threads.getThreadCpuTime(id);
            Platform.runLater(() -> record(postedAt, cpuAtPost));
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(long postedAt, long cpuAtPost) {
        double wall = (System.nanoTime() - postedAt) / 1e6;
        double busy = cpuAtPost < 0 ? 0 : (threads.getCurrentThreadCpuTime() - cpuAtPost) / 1e6;
        synchronized (lock) {
            pings++;
            worstWall = Math.max(worstWall, wall);
            worstBusy = Math.max(worstBusy, busy);
            wallOver += wall > STALL_MS ? 1 : 0;
            busyOver += busy > STALL_MS ? 1 : 0;
        }
    }

    Report report() {
        synchronized (lock) {
            return new Report(pings, worstWall, worstBusy, wallOver, busyOver);
        }
    }

    @Override
    public void close() {
        running = false;
        pinger.interrupt();
    }
}
