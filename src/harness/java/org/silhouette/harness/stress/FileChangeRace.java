package org.silhouette.harness.stress;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.data.FolderScan;
import org.silhouette.data.ImageEntry;
import org.silhouette.embed.ContentHash;
import org.silhouette.embed.FeatureCache;
import org.silhouette.embed.FeatureExtractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The file-change race: a folder changes (files added, deleted, replaced by rename) while it
 * is scanned and embedded. Every scanned file must come out embedded or listed with a reason, and the
 * feature cache must never hold one image's features under another image's content hash. The backbone
 * is the mean colour of the image, so the right features of every content are known.
 */
public final class FileChangeRace {

    /**
     * @param runs scan-and-embed rounds, each with a fresh cache
     * @param mutations changes made to the folder while the rounds ran
     * @param scanned files the scans found, over all rounds
     * @param embedded of those, embedded
     * @param listed of those, listed as problems
     * @param unaccounted scanned files neither embedded nor listed (must be 0)
     * @param cacheEntries cache rows checked
     * @param poisoned cache rows holding another content's features, plus images whose decoded pixels were
     *     not those of the content their key names (must be 0)
     */
    public record Report(int runs, int mutations, int scanned, int embedded, int listed, int unaccounted,
            int cacheEntries, int poisoned) {
        public boolean passed() {
            return unaccounted == 0 && poisoned == 0 && runs > 0;
        }

        public String summary() {
            return String.format(java.util.Locale.ROOT, "%d rounds while %,d files were added, deleted or replaced:"
                    + " %,d scanned, %,d embedded, %,d listed with a reason, %d unaccounted; %,d cache entries"
                    + " checked, %d poisoned (features of other bytes than their key's)", runs, mutations, scanned, embedded, listed, unaccounted, cacheEntries,
                    poisoned);
        }
    }

    private static final int COLOURS = 64;

    private FileChangeRace() {
    }

    public static Report run(Path dir, int runs, int files, long seed, Progress progress, Cancellation cancel)
            throws IOException, InterruptedException {
        Path images = Files.createDirectories(dir.resolve("images"));
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Map<ContentHash, float[]> truth = new HashMap<>();
        List<Path> palette = new ArrayList<>();
        for (int c = 0; c < COLOURS; c++) {
            int rgb = colour(c);
            Path src = sources.resolve("c" + c + ".png");
            SyntheticImages.write(SyntheticImages.quadrant(24, 24, rgb, rgb), "png", src);
            palette.add(src);
            truth.put(ContentHash.of(src), new float[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF});
        }
        Random r = new Random(seed);
        for (int i = 0; i < files; i++) {
            Files.copy(palette.get(r.nextInt(COLOURS)), images.resolve("f" + i + ".png"));
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger mutations = new AtomicInteger();
        Thread mutator = new Thread(() -> mutate(images, palette, files, seed, stop, mutations), "race-mutator");
        mutator.setDaemon(true);
        mutator.start();
        int scanned = 0;
        int embedded = 0;
        int listed = 0;
        int unaccounted = 0;
        int entries = 0;
        int poisoned = 0;
        MeanColourBackbone backbone = new MeanColourBackbone("race mean-colour v1");
        try {
            for (int run = 0; run < runs; run++) {
                cancel.check();
                FolderScan.Result scan = FolderScan.scan(images, FolderScan.Options.DEFAULT, Progress.NONE, cancel);
                try (FeatureCache cache = FeatureCache.open(dir.resolve("cache" + run), backbone.fingerprint(), 3)) {
                    Set<ContentHash> keys = java.util.concurrent.ConcurrentHashMap.newKeySet();
                    AtomicInteger wrongPixels = new AtomicInteger();
                    // pixels decoded for the backbone must be those of the content the key names: what the
                    // backbone makes of them is cached under that key
                    FeatureExtractor.Result res = FeatureExtractor.extract(scan.images(), backbone, cache,
                            FeatureExtractor.Options.defaults().withBatchSize(8), (input, hash, decoded) -> {
                                keys.add(hash);
                                if (decoded != null && !java.util.Arrays.equals(truth.get(hash),
                                        round(backbone.embed(List.of(decoded.image())).row(0)))) {
                                    wrongPixels.incrementAndGet();
                                }
                            }, Progress.NONE, cancel);
                    poisoned += wrongPixels.get();
                    scanned += scan.images().size();
                    embedded += res.embedded().size();
                    Set<Path> accounted = new HashSet<>();
                    res.embedded().forEach(e -> accounted.add(e.path()));
                    res.problems().forEach(p -> accounted.add(p.path()));
                    listed += res.problems().size();
                    for (ImageEntry e : scan.images()) {
                        unaccounted += accounted.contains(e.path()) ? 0 : 1;
                    }
                    for (ContentHash key : keys) {
                        float[] row = cache.get(key);
                        if (row == null) {
                            continue;
                        }
                        entries++;
                        float[] want = truth.get(key);
                        if (want == null || !java.util.Arrays.equals(want, round(row))) {
                            poisoned++;
                        }
                    }
                }
                progress.update("File-change race", run + 1, runs);
            }
        } finally {
            stop.set(true);
            mutator.join();
        }
        return new Report(runs, mutations.get(), scanned, embedded, listed, unaccounted, entries, poisoned);
    }

    /** Mean colours of solid images are whole numbers. */
    private static float[] round(float[] row) {
        float[] out = new float[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = Math.round(row[i]);
        }
        return out;
    }

    private static int colour(int c) {
        return ((c * 37) & 0xFF) << 16 | ((c * 91) & 0xFF) << 8 | ((c * 53 + 17) & 0xFF);
    }

    private static void mutate(Path images, List<Path> palette, int files, long seed, AtomicBoolean stop,
            AtomicInteger count) {
        Random r = new Random(seed * 31 + 7);
        while (!stop.get()) {
            Path target = images.resolve("f" + r.nextInt(files * 2) + ".png");
            Path src = palette.get(r.nextInt(palette.size()));
            try {
                // adds and replacements are renames, so every file visible has one known content and the
                // truth of every hash is known; deletes may land between the scan and the read
                switch (r.nextInt(3)) {
                    case 0 -> Files.deleteIfExists(target);
                    default -> {
                        Path tmp = images.resolve(".race-" + r.nextInt(1 << 20) + ".tmp");
                        Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                count.incrementAndGet();
            } catch (IOException e) {
                // a file the scan has open, or a race with ourselves: try another
            }
        }
    }
}
