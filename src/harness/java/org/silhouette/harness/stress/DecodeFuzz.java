package org.silhouette.harness.stress;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.data.ImageDecoder;
import org.silhouette.harness.stress.SyntheticImages.Png;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Throws the hostile corpus and many randomly damaged copies of valid images at the decoder: every file must
 * come back decoded or as a problem with a reason, never as an escaped exception, and the corpus's files
 * must land on the side the corpus says they belong.
 */
public final class DecodeFuzz {
    private DecodeFuzz() {
    }

    /**
     * @param escaped files whose decoding threw instead of returning a result (must be 0)
     * @param corpusMismatches corpus files that landed on the wrong side (must be 0)
     */
    public record Report(int tried, int decoded, int problems, int escaped, int corpusMismatches, double worstMillis,
            String worstFile, List<String> failures) {

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    public static Report run(Path dir, int mutants, long seed, Progress progress, Cancellation cancel)
            throws IOException {
        Path corpusRoot = dir.resolve("corpus");
        Files.createDirectories(corpusRoot);
        Map<String, Boolean> expected = HostileCorpus.build(corpusRoot);
        List<Path> mutantFiles = writeMutants(dir.resolve("mutants"), mutants, seed);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        int decoded = 0;
        int problems = 0;
        int escaped = 0;
        int mismatches = 0;
        double worst = 0;
        String worstFile = "";
        ImageDecoder.Options options = ImageDecoder.Options.maxSide(512);
        int total = expected.size() + mutantFiles.size();
        List<Path> all = new ArrayList<>();
        expected.keySet().forEach(rel -> all.add(corpusRoot.resolve(rel)));
        all.addAll(mutantFiles);
        try {
            for (Path file : all) {
                cancel.check();
                long t0 = System.nanoTime();
                ImageDecoder.Result r;
                try {
                    r = ImageDecoder.decode(file, options);
                } catch (RuntimeException | Error e) {
                    escaped++;
                    failures.add(file.getFileName() + ": " + e);
                    continue;
                } finally {
                    tried++;
                    progress.update("Decoding hostile files", tried, total);
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                if (ms > worst) {
                    worst = ms;
                    worstFile = dir.relativize(file).toString();
                }
                boolean ok = r instanceof ImageDecoder.Decoded;
                decoded += ok ? 1 : 0;
                problems += ok ? 0 : 1;
                if (!ok && ((ImageDecoder.Failed) r).reason().isBlank()) {
                    failures.add(file.getFileName() + ": a problem without a reason");
                }
                if (file.startsWith(corpusRoot)) {
                    Boolean want = expected.get(corpusRoot.relativize(file).toString());
                    if (want != null && want != ok) {
                        mismatches++;
                        failures.add(corpusRoot.relativize(file) + ": expected " + (want ? "decoded" : "a problem")
                                + ", got " + (ok ? "decoded" : ((ImageDecoder.Failed) r).reason()));
                    }
                }
            }
        } finally {
            HostileCorpus.unlock(corpusRoot);
        }
        return new Report(tried, decoded, problems, escaped, mismatches, worst, worstFile, failures);
    }

    /** Valid PNG, JPEG, GIF, BMP and TIFF files, each damaged in one of several ways. */
    static List<Path> writeMutants(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        List<byte[]> seeds = validImages(dir);
        String[] ext = {"png", "jpg", "gif", "bmp", "tif"};
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = i % seeds.size();
            byte[] bytes = mutate(seeds.get(kind), random);
            Path f = dir.resolve(String.format("mutant-%05d.%s", i, ext[kind]));
            Files.write(f, bytes);
            out.add(f);
        }
        return out;
    }

    private static List<byte[]> validImages(Path scratch) throws IOException {
        var img = SyntheticImages.quadrant(24, 16, 0x336699, 0xFFCC00);
        List<byte[]> seeds = new ArrayList<>();
        int[] samples = new int[24 * 16 * 3];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (i * 37) & 255;
        }
        seeds.add(Png.encode(24, 16, Png.RGB, 8, samples, null, null));
        seeds.add(SyntheticImages.jpegBytes(img, 0.8f));
        for (String format : new String[] {"gif", "bmp", "tiff"}) {
            Path f = scratch.resolve("seed." + format);
            SyntheticImages.write(img, format, f);
            seeds.add(Files.readAllBytes(f));
            Files.delete(f);
        }
        return seeds;
    }

    private static byte[] mutate(byte[] valid, Random r) {
        byte[] b = valid.clone();
        switch (r.nextInt(5)) {
            case 0 -> b = Arrays.copyOf(b, 1 + r.nextInt(b.length - 1)); // truncated
            case 1 -> { // scattered bit flips
                for (int k = 0, n = 1 + r.nextInt(16); k < n; k++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 2 -> { // a header field overwritten with random bytes
                for (int k = 0, from = r.nextInt(Math.min(64, b.length)); k < 8 && from + k < b.length; k++) {
                    b[from + k] = (byte) r.nextInt(256);
                }
            }
            case 3 -> { // a run of the body zeroed
                int from = r.nextInt(b.length);
                Arrays.fill(b, from, Math.min(b.length, from + 1 + r.nextInt(256)), (byte) 0);
            }
            default -> { // a chunk repeated, shifting everything after it
                int from = r.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + r.nextInt(128));
                byte[] longer = new byte[b.length + len];
                System.arraycopy(b, 0, longer, 0, from + len);
                System.arraycopy(b, from, longer, from + len, b.length - from);
                b = longer;
            }
        }
        return b;
    }
}
