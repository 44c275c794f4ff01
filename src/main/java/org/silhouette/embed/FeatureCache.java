package org.silhouette.embed;

import org.silhouette.core.AtomicFiles;
import org.silhouette.core.Sha256;
import org.silhouette.core.StaleTemps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Backbone features on disk, keyed by image content and by the backbone's fingerprint (weights, tap,
 * pooling, size, preprocessing), so a second run over a folder skips the backbone. One folder per
 * fingerprint holds a few segment files; each flush writes one new segment atomically, and opening
 * merges them into one when there are more than {@value #MAX_SEGMENTS}. Every segment carries its
 * expected length and a CRC-32C: a truncated or damaged one is deleted and its features recomputed,
 * never trusted. Rows are read from disk on demand; memory holds only the index.
 *
 * <p>Segment layout, little-endian: magic "SILFEAT1", int dim, long count, 32-byte SHA-256 of the
 * fingerprint, then count × (16-byte content hash, dim floats), then the CRC-32C of all that.
 */
public final class FeatureCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeatureCache.class);
    private static final byte[] MAGIC = "SILFEAT1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 4 + 8 + 32;
    static final int MAX_SEGMENTS = 8;
    static final String SUFFIX = ".feat";

    private final Path dir;
    private final int dim;
    private final byte[] keyDigest;
    private final List<FileChannel> channels = new ArrayList<>();
    private final Map<ContentHash, Location> index = new HashMap<>();
    private final Map<ContentHash, float[]> pending = new LinkedHashMap<>();
    private int rejected;

    private record Location(int channel, long offset) {
    }

    private FeatureCache(Path dir, int dim, byte[] keyDigest) {
        this.dir = dir;
        this.dim = dim;
        this.keyDigest = keyDigest;
    }

    /**
     * Opens (creating if needed) the cache for one backbone configuration under {@code root}.
     *
     * @param fingerprint {@code Backbone.fingerprint()}: different fingerprints never share features
     * @param dim feature length; segments of another length are rejected
     */
    public static FeatureCache open(Path root, String fingerprint, int dim) throws IOException {
        if (dim < 1) {
            throw new IllegalArgumentException("dim must be positive, got " + dim);
        }
        byte[] key = Sha256.of(fingerprint);
        Path dir = root.resolve(Sha256.hex(key, 8));
        Files.createDirectories(dir);
        Path about = dir.resolve("fingerprint.txt");
        if (!Files.exists(about)) {
            AtomicFiles.writeString(about, fingerprint + "\n");
        }
        FeatureCache cache = new FeatureCache(dir, dim, key);
        try {
            cache.load();
        } catch (IOException | RuntimeException e) {
            cache.close();
            throw e;
        }
        return cache;
    }

    private void load() throws IOException {
        StaleTemps.sweepFiles(dir, 0); // segments half-written by a run that was killed
        List<Path> segments = listSegments();
        List<Path> valid = new ArrayList<>();
        for (Path s : segments) {
            String why;
            try {
                why = validate(s);
            } catch (IOException e) {
                why = "unreadable (" + e.getMessage() + ")";
            }
            if (why == null) {
                valid.add(s);
            } else {
                rejected++;
                LOG.warn("Feature cache file {} is {}; its features will be recomputed.", s.getFileName(), why);
                Files.deleteIfExists(s);
            }
        }
        if (valid.size() > MAX_SEGMENTS) {
            valid = List.of(merge(valid));
        }
        for (Path s : valid) {
            indexSegment(s);
        }
    }

    private List<Path> listSegments() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /** Null when the segment is whole and belongs here, else what is wrong with it. */
    private String validate(Path segment) throws IOException {
        long size = Files.size(segment);
        if (size < HEADER + 4) {
            return "truncated (" + size + " bytes)";
        }
        CRC32C crc = new CRC32C();
        ByteBuffer header;
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ)) {
            header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, header, 0);
            header.flip();
            byte[] magic = new byte[MAGIC.length];
            header.get(magic);
            int segDim = header.getInt();
            long count = header.getLong();
            byte[] key = new byte[32];
            header.get(key);
            if (!Arrays.equals(magic, MAGIC)) {
                return "not a feature cache file";
            }
            if (!Arrays.equals(key, keyDigest)) {
                return "from another backbone configuration";
            }
            if (segDim != dim) {
                return "of dimension " + segDim + " instead of " + dim;
            }
            long expected = HEADER + count * recordBytes() + 4;
            if (count < 0 || size != expected) {
                return "truncated or padded (" + size + " bytes, expected " + expected + ")";
            }
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            long pos = 0;
            long body = size - 4;
            while (pos < body) {
                buf.clear();
                buf.limit((int) Math.min(buf.capacity(), body - pos));
                readFully(ch, buf, pos);
                buf.flip();
                pos += buf.remaining();
                crc.update(buf);
            }
            ByteBuffer tail = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, tail, body);
            tail.flip();
            if ((int) crc.getValue() != tail.getInt()) {
                return "damaged (checksum mismatch)";
            }
        }
        return null;
    }

    private void indexSegment(Path segment) throws IOException {
        FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ);
        channels.add(ch);
        int id = channels.size() - 1;
        ByteBuffer count = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, count, MAGIC.length + 4);
        long n = count.flip().getLong();
        ByteBuffer hash = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        for (long i = 0; i < n; i++) {
            long offset = HEADER + i * recordBytes();
            hash.clear();
            readFully(ch, hash, offset);
            hash.flip();
            index.put(new ContentHash(hash.getLong(), hash.getLong()), new Location(id, offset + 16));
        }
    }

    /** Writes all valid segments' records into one new segment and deletes them. */
    private Path merge(List<Path> segments) throws IOException {
        Map<ContentHash, float[]> all = new LinkedHashMap<>();
        for (Path s : segments) {
            try (FileChannel ch = FileChannel.open(s, StandardOpenOption.READ)) {
                ByteBuffer count = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
                readFully(ch, count, MAGIC.length + 4);
                long n = count.flip().getLong();
                ByteBuffer rec = ByteBuffer.allocate(recordBytes()).order(ByteOrder.LITTLE_ENDIAN);
                for (long i = 0; i < n; i++) {
                    rec.clear();
                    readFully(ch, rec, HEADER + i * recordBytes());
                    rec.flip();
                    ContentHash h = new ContentHash(rec.getLong(), rec.getLong());
                    float[] row = new float[dim];
                    rec.asFloatBuffer().get(row);
                    all.putIfAbsent(h, row);
                }
            }
        }
        Path merged = writeSegment(all);
        for (Path s : segments) {
            Files.deleteIfExists(s);
        }
        return merged;
    }

    /** The cached features for this content, or null. */
    public synchronized float[] get(ContentHash hash) throws IOException {
        float[] p = pending.get(hash);
        if (p != null) {
            return p.clone();
        }
        Location loc = index.get(hash);
        if (loc == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(4 * dim).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channels.get(loc.channel()), b, loc.offset());
        float[] row = new float[dim];
        b.flip().asFloatBuffer().get(row);
        return row;
    }

    /** Remembers features; they reach the disk with the next {@link #flush}. */
    public synchronized void put(ContentHash hash, float[] features) {
        if (features.length != dim) {
            throw new IllegalArgumentException("expected " + dim + " features, got " + features.length);
        }
        if (!index.containsKey(hash)) {
            pending.put(hash, features.clone());
        }
    }

    public synchronized int pendingCount() {
        return pending.size();
    }

    /** Entries on disk plus pending ones. */
    public synchronized int size() {
        return index.size() + pending.size();
    }

    /** Segments found damaged or foreign when this cache was opened (and deleted). */
    public int rejectedSegments() {
        return rejected;
    }

    public Path directory() {
        return dir;
    }

    /** Writes pending features as one new segment (atomically) and indexes it. */
    public synchronized void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        Path segment = writeSegment(pending);
        pending.clear();
        indexSegment(segment);
    }

    private Path writeSegment(Map<ContentHash, float[]> rows) throws IOException {
        Path segment = dir.resolve("seg-" + System.currentTimeMillis() + "-" + UUID.randomUUID().toString().substring(0, 8) + SUFFIX);
        AtomicFiles.write(segment, out -> writeSegment(out, rows));
        return segment;
    }

    private void writeSegment(OutputStream raw, Map<ContentHash, float[]> rows) throws IOException {
        CRC32C crc = new CRC32C();
        CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc);
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).putInt(dim).putLong(rows.size()).put(keyDigest);
        checked.write(header.array());
        ByteBuffer rec = ByteBuffer.allocate(recordBytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (Map.Entry<ContentHash, float[]> e : rows.entrySet()) {
            rec.clear();
            rec.putLong(e.getKey().high()).putLong(e.getKey().low());
            for (float v : e.getValue()) {
                rec.putFloat(v);
            }
            checked.write(rec.array());
        }
        checked.flush();
        raw.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue()).array());
    }

    private int recordBytes() {
        return 16 + 4 * dim;
    }

    /** Flushes what is pending and releases the files. */
    @Override
    public synchronized void close() throws IOException {
        try {
            flush();
        } finally {
            for (FileChannel ch : channels) {
                ch.close();
            }
            channels.clear();
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                throw new EOFException("feature cache file ended early");
            }
            pos += n;
        }
    }


}
