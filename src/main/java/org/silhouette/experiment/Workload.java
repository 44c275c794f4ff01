package org.silhouette.experiment;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;

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

    /** What it cost so far, as a report records it: whole-process CPU and wall seconds, to a tenth. */
    public void describe(Map<String, Object> config) {
        config.put("process_cpu_seconds", Math.round(cpuSeconds() * 10) / 10.0);
        config.put("wall_seconds", Math.round(wallSeconds() * 10) / 10.0);
    }

    /** "in 12 s wall, 30 s CPU": what it cost so far, for a command's last line. */
    public String took() {
        return String.format(Locale.ROOT, "in %.0f s wall, %.0f s CPU", wallSeconds(), cpuSeconds());
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
