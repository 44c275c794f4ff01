package org.silhouette.experiment;

import org.silhouette.core.Progress;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Watches a training run through its progress callback: keeps a training clock (wall and thread CPU) and,
 * right after each epoch's checkpoint was written, stops that clock to score the checkpoint. The time
 * spent scoring is not training time, and neither is the checkpoint save itself: the step that carries a
 * save is charged the median step time, the rest is taken off the clock.
 *
 * <p>Call {@link #update} only from the training thread (the trainer does): CPU time is that thread's.
 */
final class TrainingProbe implements Progress {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int stepsPerEpoch;
    private final int epochs;
    private final IntToDoubleFunction scoreCheckpoint;
    private final long wallStart;
    private final long cpuStart;
    private long excludedWall;
    private long excludedCpu;
    private long lastWall;
    private long lastCpu;
    private long[] stepWall = new long[1024];
    private long[] stepCpu = new long[1024];
    private int steps;
    private final List<Integer> boundarySteps = new ArrayList<>();
    private final List<double[]> raw = new ArrayList<>(); // epoch, step, map

    /**
     * @param scoreCheckpoint scores the checkpoint written after the given epoch
     */
    TrainingProbe(int stepsPerEpoch, int epochs, IntToDoubleFunction scoreCheckpoint) {
        this.stepsPerEpoch = stepsPerEpoch;
        this.epochs = epochs;
        this.scoreCheckpoint = scoreCheckpoint;
        this.wallStart = System.nanoTime();
        this.cpuStart = cpuNow();
        this.lastWall = wallStart;
        this.lastCpu = cpuStart;
    }

    @Override
    public void update(String stage, long done, long total) {
        if (!"Training".equals(stage) || done <= steps) {
            return;
        }
        long wall = System.nanoTime();
        long cpu = cpuNow();
        record(wall - lastWall, cpu - lastCpu);
        // the save of epoch e's checkpoint happens between step e·spe and the step after it
        if (steps > 1 && (steps - 1) % stepsPerEpoch == 0) {
            int epoch = (steps - 1) / stepsPerEpoch;
            if (epoch >= 1 && epoch < epochs) {
                boundarySteps.add(steps - 1);
                raw.add(new double[] {epoch, steps - 1, scoreCheckpoint.applyAsDouble(epoch)});
            }
        }
        long afterWall = System.nanoTime();
        long afterCpu = cpuNow();
        excludedWall += afterWall - wall;
        excludedCpu += afterCpu - cpu;
        lastWall = afterWall;
        lastCpu = afterCpu;
    }

    private void record(long wall, long cpu) {
        if (steps == stepWall.length) {
            stepWall = Arrays.copyOf(stepWall, steps * 2);
            stepCpu = Arrays.copyOf(stepCpu, steps * 2);
        }
        stepWall[steps] = wall;
        stepCpu[steps] = cpu;
        steps++;
    }

    int steps() {
        return steps;
    }

    /**
     * The scored checkpoints with their training times, plus the final model's score at the last step.
     * Step intervals that carried a checkpoint save count as the median interval.
     */
    List<CurvePoint> points(double finalMapAtR, int finalEpoch) {
        long[] wall = Arrays.copyOf(stepWall, steps);
        long[] cpu = Arrays.copyOf(stepCpu, steps);
        long medianWall = median(wall, boundarySteps);
        long medianCpu = median(cpu, boundarySteps);
        for (int s : boundarySteps) {
            wall[s] = Math.min(wall[s], medianWall);
            cpu[s] = Math.min(cpu[s], medianCpu);
        }
        List<CurvePoint> out = new ArrayList<>();
        int next = 0;
        long sumWall = 0;
        long sumCpu = 0;
        for (int s = 0; s < steps; s++) {
            sumWall += wall[s];
            sumCpu += cpu[s];
            while (next < raw.size() && (int) raw.get(next)[1] == s + 1) {
                // checkpoint of epoch e = state after step e·spe, i.e. after interval index e·spe − 1
                out.add(new CurvePoint(raw.get(next)[0], sumWall / 1e9, sumCpu / 1e9, raw.get(next)[2]));
                next++;
            }
        }
        out.add(new CurvePoint(finalEpoch, sumWall / 1e9, sumCpu / 1e9, finalMapAtR));
        return out;
    }

    /** Training wall seconds so far with scoring left out (for a quick look; {@link #points} is exact). */
    double wallSecondsSoFar() {
        return (System.nanoTime() - wallStart - excludedWall) / 1e9;
    }

    double cpuSecondsSoFar() {
        return (cpuNow() - cpuStart - excludedCpu) / 1e9;
    }

    private static long median(long[] values, List<Integer> skip) {
        long[] kept = new long[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!skip.contains(i)) {
                kept[n++] = values[i];
            }
        }
        if (n == 0) {
            return Long.MAX_VALUE;
        }
        Arrays.sort(kept, 0, n);
        return kept[n / 2];
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
