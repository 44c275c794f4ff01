package org.silhouette.harness.stress;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.data.FolderScan;
import org.silhouette.data.ImageEntry;
import org.silhouette.data.Problem;
import org.silhouette.harness.stress.SyntheticImages.Png;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** A folder of many small images, scanned as a stream: how long it takes, how much heap, how often progress. */
public final class ScanStress {
    private static final int PER_FOLDER = 1000;

    private ScanStress() {
    }

    /**
     * @param peakHeapMb the sum of each heap pool's peak during the scan (after a GC before it), in MB: an upper
     *     bound on the heap the scan needed
     */
    public record Report(int files, long found, long problems, double createSeconds, double scanSeconds,
            double peakHeapMb, long progressUpdates) {
    }

    public static Report run(Path dir, int files, Progress progress, Cancellation cancel) throws IOException {
        long t0 = System.nanoTime();
        byte[] png = Png.encode(2, 2, Png.GREY, 8, new int[] {0, 85, 170, 255}, null, null);
        for (int i = 0; i < files; i++) {
            if (i % PER_FOLDER == 0) {
                cancel.check();
                Files.createDirectories(dir.resolve(folder(i)));
                progress.update("Creating files", i, files);
            }
            Files.write(dir.resolve(folder(i)).resolve("img-" + i + ".png"), png);
        }
        double createSeconds = (System.nanoTime() - t0) / 1e9;

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong found = new AtomicLong();
        AtomicLong problems = new AtomicLong();
        AtomicLong updates = new AtomicLong();
        Progress counting = (stage, done, total) -> {
            updates.incrementAndGet();
            progress.update(stage, done, total);
        };
        long t1 = System.nanoTime();
        FolderScan.scan(dir, FolderScan.Options.DEFAULT, new FolderScan.Sink() {
            @Override
            public void image(ImageEntry entry) {
                found.incrementAndGet();
            }

            @Override
            public void problem(Problem problem) {
                problems.incrementAndGet();
            }
        }, counting, cancel);
        double scanSeconds = (System.nanoTime() - t1) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Report(files, found.get(), problems.get(), createSeconds, scanSeconds, peak / (1024.0 * 1024.0),
                updates.get());
    }

    private static String folder(int i) {
        return "part-" + (i / PER_FOLDER);
    }
}
