package org.silhouette.harness.stress;

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
    public record Report(long pings, double worstWallMs, double worstBusyMs, int wallOver100, int busyOver100,
            double worstRenderMs) {
        String describe() {
            return String.format(java.util.Locale.ROOT, "%d pings every %d ms: worst wait %.0f ms (%d over 100 ms);"
                    + " worst FX-thread work during one wait %.0f ms (%d over 100 ms); worst renderer work during one"
                    + " wait %.0f ms", pings, PERIOD_MS, worstWallMs, wallOver100, worstBusyMs, busyOver100,
                    worstRenderMs);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicLong fxThreadId = new AtomicLong(-1);
    private final Object lock = new Object();
    private final Thread pinger;
    private volatile boolean running = true;
    private final long rendererId = threadNamed("QuantumRenderer");
    private final long started = System.nanoTime();
    private final long renderCpuAtStart = rendererId < 0 ? 0 : threads.getThreadCpuTime(rendererId);
    private long pings;
    private double worstRender;
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

    private final AtomicLong oldestPending = new AtomicLong(Long.MAX_VALUE);

    private void ping() {
        while (running) {
            long id = fxThreadId.get();
            long postedAt = System.nanoTime();
            long cpuAtPost = id < 0 ? -1 : threads.getThreadCpuTime(id);
            long renderAtPost = rendererId < 0 ? -1 : threads.getThreadCpuTime(rendererId);
            oldestPending.compareAndSet(Long.MAX_VALUE, postedAt);
            if (Boolean.getBoolean("silhouette.watchdog.debug") && id >= 0
                    && System.nanoTime() - oldestPending.get() > 150_000_000L) {
                java.lang.management.ThreadInfo info = threads.getThreadInfo(
                        Boolean.getBoolean("silhouette.watchdog.renderer") ? rendererId : id, 14);
                System.err.println("FX stall " + (System.nanoTime() - oldestPending.get()) / 1_000_000 + " ms: "
                        + info.getThreadState() + " lock=" + info.getLockName() + " owner=" + info.getLockOwnerName());
                for (StackTraceElement e : info.getStackTrace()) {
                    System.err.println("    at " + e);
                }
            }
            Platform.runLater(() -> {
                oldestPending.set(Long.MAX_VALUE);
                record(postedAt, cpuAtPost, renderAtPost);
            });
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(long postedAt, long cpuAtPost, long renderAtPost) {
        double wall = (System.nanoTime() - postedAt) / 1e6;
        double busy = cpuAtPost < 0 ? 0 : (threads.getCurrentThreadCpuTime() - cpuAtPost) / 1e6;
        double render = renderAtPost < 0 ? 0 : (threads.getThreadCpuTime(rendererId) - renderAtPost) / 1e6;
        synchronized (lock) {
            worstRender = Math.max(worstRender, render);
            pings++;
            worstWall = Math.max(worstWall, wall);
            worstBusy = Math.max(worstBusy, busy);
            wallOver += wall > STALL_MS ? 1 : 0;
            busyOver += busy > STALL_MS ? 1 : 0;
        }
    }

    /** Prism's render thread, whose frames the FX thread waits for at each pulse; -1 when not found. */
    private static long threadNamed(String prefix) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix)) {
                return t.threadId();
            }
        }
        return -1;
    }

    /** Share of one core the renderer and the FX thread used since the start (debug output). */
    String load() {
        double wall = (System.nanoTime() - started) / 1e9;
        double render = rendererId < 0 ? 0 : (threads.getThreadCpuTime(rendererId) - renderCpuAtStart) / 1e9;
        long id = fxThreadId.get();
        double fx = id < 0 ? 0 : threads.getThreadCpuTime(id) / 1e9;
        return String.format(java.util.Locale.ROOT, "%.1f s: renderer %.1f s CPU, FX thread %.1f s CPU (since start)",
                wall, render, fx);
    }

    Report report() {
        synchronized (lock) {
            return new Report(pings, worstWall, worstBusy, wallOver, busyOver, worstRender);
        }
    }

    @Override
    public void close() {
        running = false;
        pinger.interrupt();
    }
}
