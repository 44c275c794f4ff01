package org.silhouette.experiment;

import java.lang.management.ManagementFactory;

/** Wall and whole-process CPU time since a start, for the reports' "what it cost" lines. */
public record Workload(long wallStart, long cpuStart) {

    public static Workload start() {
        return new Workload(System.nanoTime(), processCpu());
    }

    public double wallSeconds() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    /** CPU seconds of the whole JVM (all threads, native code included); NaN where not available. */
    public double cpuSeconds() {
        long now = processCpu();
        return now < 0 || cpuStart < 0 ? Double.NaN : (now - cpuStart) / 1e9;
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
