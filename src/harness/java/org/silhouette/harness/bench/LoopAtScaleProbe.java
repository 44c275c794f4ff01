package org.silhouette.harness.bench;

import org.silhouette.session.LoopOptions;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * One {@link LoopBenchmark} run at a chosen size, with process CPU time and the load average, for the rounds at
 * 100,000 images (issue 10): {@code java -cp 'target/silhouette.jar:target/lib/*'
 * org.silhouette.harness.bench.LoopAtScaleProbe [rows] [features] [classes] [labelledFraction]}.
 */
public final class LoopAtScaleProbe {
    private LoopAtScaleProbe() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int features = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        int classes = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        double fraction = args.length > 3 ? Double.parseDouble(args[3]) : 0.03;
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long cpu0 = cpu();
        LoopBenchmark.Result r = LoopBenchmark.run(rows, features, classes, fraction, 100, LoopOptions.defaults());
        double cpu = (cpu() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "rows %,d, features %d, classes %d, labelled at the timed round %,d%n", r.rows(),
                r.features(), classes, r.labelled());
        System.out.printf(Locale.ROOT, "start + first round (structure term, fresh head), wall s: %.2f%n",
                r.setupSeconds());
        System.out.printf(Locale.ROOT, "follow the labels (structure target), wall s: %.2f%n", r.followSeconds());
        System.out.printf(Locale.ROOT, "timed round to the suggestions, wall s: %.2f (train %.2f, embed %.2f, "
                + "layout %.2f, suggestions %.2f)%n", r.totalSeconds(), r.trainSeconds(), r.embedSeconds(),
                r.layoutSeconds(), r.suggestSeconds());
        System.out.printf(Locale.ROOT, "process CPU s, whole run: %.1f; load average %.1f → %.1f%n", cpu, load0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
