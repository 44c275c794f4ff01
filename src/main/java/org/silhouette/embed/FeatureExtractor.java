package org.silhouette.embed;

import org.silhouette.core.CancelledException;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Checks;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.data.ImageDecoder;
import org.silhouette.data.ImageEntry;
import org.silhouette.data.Problem;
import org.silhouette.embed.backbone.Backbone;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns scanned images into backbone features, batch by batch: read each file once and hash those
 * bytes, take its features from the cache when present, otherwise decode the same bytes (on helper
 * threads, one batch ahead of the backbone) and run the backbone. A file that cannot be read or decoded becomes a {@link Problem} and the rest goes
 * on. Rows come out in the order of the input entries, skipping problems.
 */
public final class FeatureExtractor {
    /** Each decode thread holds one whole file in memory; a bigger one is listed, not read. */
    static final int MAX_FILE_BYTES = 512 << 20;

    /**
     * @param batchSize images per forward pass
     * @param decodeThreads threads decoding ahead of the backbone
     * @param maxSideFactor decoded images are subsampled to at most this × the backbone's input size
     * @param backgroundRgb what transparent pixels are composited over
     * @param flushEvery cache rows written per segment while running, so a killed run keeps its work
     */
    public record Options(int batchSize, int decodeThreads, int maxSideFactor, int backgroundRgb, int flushEvery) {
        public Options {
            Checks.atLeast(batchSize, 1, "batchSize");
            Checks.atLeast(decodeThreads, 1, "decodeThreads");
            Checks.atLeast(maxSideFactor, 1, "maxSideFactor");
            Checks.atLeast(flushEvery, 1, "flushEvery");
        }

        public static Options defaults() {
            return new Options(32, Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 4,
                    ImageDecoder.WHITE, 4096);
        }

        public Options withBatchSize(int b) {
            return new Options(b, decodeThreads, maxSideFactor, backgroundRgb, flushEvery);
        }
    }

    /**
     * @param features one row per embedded image
     * @param embedded the entries behind the rows, in row order
     * @param problems files skipped, with reasons, in input order
     * @param cacheHits rows taken from the cache
     * @param computed rows computed by the backbone
     */
    public record Result(FloatMatrix features, List<ImageEntry> embedded, List<Problem> problems, int cacheHits,
            int computed) {
    }

    /**
     * Hears of every image the extractor hashed, on a decode thread: its content hash (the key of its
     * features) and, when it was decoded for the backbone, its pixels, so a caller that needs either (a
     * project's record, its thumbnails) neither hashes nor decodes the file again. It must not change the
     * image and must not throw.
     */
    @FunctionalInterface
    public interface ImageListener {
        ImageListener NONE = (input, hash, decoded) -> { };

        /**
         * @param input the image's position in the input list
         * @param decoded the pixels handed to the backbone; null when the features came from the cache
         */
        void hashed(int input, ContentHash hash, ImageDecoder.Decoded decoded);
    }

    /**
     * Hears, on the backbone's thread, after each batch: the features so far, one slot per input (null: not
     * embedded yet, or a problem). It may read them but not keep or change the array; it runs between batches,
     * so what it does the extraction waits for.
     */
    @FunctionalInterface
    public interface BatchListener {
        BatchListener NONE = (slots, inputsDone) -> { };

        /** Inputs below {@code inputsDone} are settled in {@code slots}; those above may still be written. */
        void batchDone(FeatureSlots slots, int inputsDone);

        /** Called after the last batch; the slots are compacted into the result once this returns. */
        default void finished() {
        }
    }

    private FeatureExtractor() {
    }

    /**
     * @param cache may be null (no caching); it is flushed, not closed, at the end and on cancellation
     */
    public static Result extract(List<ImageEntry> entries, Backbone backbone, FeatureCache cache, Options options,
            Progress progress, Cancellation cancel) throws IOException {
        return extract(entries, backbone, cache, options, ImageListener.NONE, progress, cancel);
    }

    /** As above, telling {@code listener} of each image hashed (and decoded) on the way. */
    public static Result extract(List<ImageEntry> entries, Backbone backbone, FeatureCache cache, Options options,
            ImageListener listener, Progress progress, Cancellation cancel) throws IOException {
        return extract(entries, backbone, cache, options, listener, BatchListener.NONE, progress, cancel);
    }

    /** As above, also showing {@code batches} the features so far after each batch (for a preview). */
    public static Result extract(List<ImageEntry> entries, Backbone backbone, FeatureCache cache, Options options,
            ImageListener listener, BatchListener batches, Progress progress, Cancellation cancel) throws IOException {
        int n = entries.size();
        FeatureSlots slots = new FeatureSlots(n, backbone.featureDim());
        String[] reasons = new String[n];
        Counts counts = run(entries, backbone, cache, options, listener, (start, batchRows, batchReasons, done) -> {
            for (int k = 0; k < batchRows.length; k++) {
                if (batchRows[k] != null) {
                    slots.put(start + k, batchRows[k]);
                }
            }
            System.arraycopy(batchReasons, 0, reasons, start, batchReasons.length);
            batches.batchDone(slots, done);
        }, progress, cancel);
        batches.finished();
        List<ImageEntry> embedded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (slots.has(i)) {
                embedded.add(entries.get(i));
            } else {
                problems.add(problem(entries.get(i), reasons[i]));
            }
        }
        return new Result(slots.compact(), List.copyOf(embedded), List.copyOf(problems), counts.hits(),
                counts.computed());
    }

    /**
     * Takes each embedded row, on the backbone's thread, in input order, as soon as its batch is done; the
     * extractor keeps no reference to it, so the sink may write it out and let it go.
     */
    @FunctionalInterface
    public interface RowSink {
        void row(ImageEntry entry, float[] features) throws IOException;
    }

    /** A {@link Result} without the features, which went to a {@link RowSink}. */
    public record Streamed(List<ImageEntry> embedded, List<Problem> problems, int cacheHits, int computed) {
    }

    /**
     * As {@link #extract}, handing the rows to {@code sink} batch by batch instead of holding them all:
     * memory grows with the batch, not with the folder (the embed command writes a matrix of any size so).
     */
    public static Streamed stream(List<ImageEntry> entries, Backbone backbone, FeatureCache cache, Options options,
            RowSink sink, Progress progress, Cancellation cancel) throws IOException {
        List<ImageEntry> embedded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Counts counts = run(entries, backbone, cache, options, ImageListener.NONE,
                (start, batchRows, batchReasons, done) -> {
                    for (int k = 0; k < batchRows.length; k++) {
                        ImageEntry entry = entries.get(start + k);
                        if (batchRows[k] != null) {
                            sink.row(entry, batchRows[k]);
                            embedded.add(entry);
                        } else {
                            problems.add(problem(entry, batchReasons[k]));
                        }
                    }
                }, progress, cancel);
        return new Streamed(List.copyOf(embedded), List.copyOf(problems), counts.hits(), counts.computed());
    }

    /** An input that got no features, with the reason the batch gave (none: it was never reached). */
    private static Problem problem(ImageEntry entry, String reason) {
        return new Problem(entry.path(), reason == null ? "not processed" : reason);
    }

    /** One finished batch: inputs {@code start ..} each with a row or a reason (the arrays are the batch's own). */
    private interface BatchSink {
        void done(int start, float[][] rows, String[] reasons, int inputsDone) throws IOException;
    }

    private record Counts(int hits, int computed) {
    }

    private static Counts run(List<ImageEntry> entries, Backbone backbone, FeatureCache cache, Options options,
            ImageListener listener, BatchSink sink, Progress progress, Cancellation cancel) throws IOException {
        ImageDecoder.Options decode = new ImageDecoder.Options(
                (int) Math.min(Integer.MAX_VALUE, (long) options.maxSideFactor() * backbone.inputSize()),
                ImageDecoder.Options.DEFAULT_MAX_PIXELS, options.backgroundRgb());
        int n = entries.size();
        int hits = 0;
        int computed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(options.decodeThreads(), r -> {
            Thread t = new Thread(r, "silhouette-decode");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Prepared>> next = submit(pool, entries, 0, options.batchSize(), cache, decode, listener);
            for (int start = 0; start < n; start += options.batchSize()) {
                cancel.check();
                List<Future<Prepared>> current = next;
                next = submit(pool, entries, start + options.batchSize(), options.batchSize(), cache, decode,
                        listener);
                float[][] rows = new float[current.size()][];
                String[] reasons = new String[current.size()];
                List<Prepared> misses = new ArrayList<>();
                for (Future<Prepared> f : current) {
                    Prepared p = await(f);
                    if (p.reason != null) {
                        reasons[p.index - start] = p.reason;
                    } else if (p.cached != null) {
                        rows[p.index - start] = p.cached;
                        hits++;
                    } else {
                        misses.add(p);
                    }
                }
                if (!misses.isEmpty()) {
                    FloatMatrix f = backbone.embed(misses.stream().map(p -> p.image).toList());
                    for (int k = 0; k < misses.size(); k++) {
                        Prepared p = misses.get(k);
                        float[] row = f.row(k);
                        if (!allFinite(row)) {
                            reasons[p.index - start] = "the backbone produced non-finite features for this image";
                            continue;
                        }
                        rows[p.index - start] = row;
                        computed++;
                        if (cache != null) {
                            cache.put(p.hash, row);
                        }
                    }
                    if (cache != null && cache.pendingCount() >= options.flushEvery()) {
                        cache.flush();
                    }
                }
                int done = Math.min(n, start + options.batchSize());
                progress.update("Embedding", done, n);
                sink.done(start, rows, reasons, done);
            }
        } catch (CancelledException e) {
            if (cache != null) {
                cache.flush(); // keep what was computed before the cancel
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
        if (cache != null) {
            cache.flush();
        }
        return new Counts(hits, computed);
    }

    /** What the decode threads hand the backbone thread for one entry: a reason, cached features, or an image. */
    private record Prepared(int index, ContentHash hash, float[] cached, BufferedImage image, String reason) {
    }

    private static List<Future<Prepared>> submit(ExecutorService pool, List<ImageEntry> entries, int start, int count,
            FeatureCache cache, ImageDecoder.Options decode, ImageListener listener) {
        List<Future<Prepared>> out = new ArrayList<>();
        for (int i = start; i < Math.min(entries.size(), start + count); i++) {
            int index = i;
            out.add(pool.submit(() -> prepare(index, entries.get(index), cache, decode, listener)));
        }
        return out;
    }

    private static Prepared prepare(int index, ImageEntry entry, FeatureCache cache, ImageDecoder.Options decode,
            ImageListener listener) {
        // one read: the key and the pixels come from the same bytes, even if the file is replaced meanwhile
        byte[] content;
        try {
            content = readAtMost(entry.path(), MAX_FILE_BYTES);
        } catch (AccessDeniedException e) {
            return new Prepared(index, null, null, null, "permission denied");
        } catch (NoSuchFileException e) {
            return new Prepared(index, null, null, null, "file disappeared after the scan");
        } catch (IOException e) {
            return new Prepared(index, null, null, null, "cannot read: " + e.getMessage());
        }
        if (content == null) {
            return new Prepared(index, null, null, null,
                    "too large: over " + (MAX_FILE_BYTES >> 20) + " MiB, more than any image this tool decodes");
        }
        ContentHash hash = ContentHash.of(content);
        if (cache != null) {
            try {
                float[] cached = cache.get(hash);
                if (cached != null) {
                    listener.hashed(index, hash, null);
                    return new Prepared(index, hash, cached, null, null);
                }
            } catch (IOException e) {
                // an unreadable cache row is recomputed
            }
        }
        return switch (ImageDecoder.decode(content, decode)) {
            case ImageDecoder.Decoded d -> {
                listener.hashed(index, hash, d);
                yield new Prepared(index, hash, null, d.image(), null);
            }
            case ImageDecoder.Failed f -> new Prepared(index, hash, null, null, f.reason());
        };
    }

    /** The whole file, or null when it is longer than {@code limit} bytes. */
    static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(limit);
            return b.length == limit && in.read() >= 0 ? null : b;
        }
    }

    private static Prepared await(Future<Prepared> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        }
    }

    private static boolean allFinite(float[] row) {
        for (float v : row) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
