package org.silhouette.data;

import org.silhouette.core.AtomicFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Where {@link ThumbnailCache} keeps its thumbnails: one append-only pack file of blobs by key, found again
 * through an index file.
 *
 * <p>Pack: a header, then records {@code magic, keyLength, key, dataLength, crc32(key+data), data}. Index:
 * the pack length it covers, the entries, and a CRC of itself; written atomically after the pack is synced.
 * On open a bad index is ignored and the pack is scanned instead; records past the index are scanned and a
 * torn tail is cut off. A record whose CRC fails on read counts as missing. Thread-safe.
 */
final class ThumbnailPack implements Closeable {

    private record Entry(long dataOffset, int dataLength, int crc) {
    }

    /** "SILTHMB2": keys are content hashes; a version-1 pack (keyed by path and time) is started afresh. */
    private static final long PACK_MAGIC = 0x53494C54484D4232L;
    private static final int INDEX_MAGIC = 0x54484958; // "THIX"
    private static final int RECORD_MAGIC = 0x54485245; // "THRE"
    private static final int HEADER_BYTES = 12;
    private static final int MAX_KEY_BYTES = 16 * 1024;
    private static final int MAX_DATA_BYTES = 16 * 1024 * 1024;
    private static final int FLUSH_EVERY = 256;

    private final Path packFile;
    private final Path indexFile;
    private final int size;
    private final FileChannel pack;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();
    private long packEnd;
    private int unflushed;
    private boolean indexedFromFile;

    /** Opens (or creates) the pack of thumbnails of edge {@code size} in {@code folder}. */
    ThumbnailPack(Path folder, int size) throws IOException {
        Files.createDirectories(folder);
        this.size = size;
        this.packFile = folder.resolve("thumbnails-" + size + ".pack");
        this.indexFile = folder.resolve("thumbnails-" + size + ".index");
        this.pack = FileChannel.open(packFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        load();
    }

    int count() {
        return entries.size();
    }

    boolean openedFromIndex() {
        return indexedFromFile;
    }

    Path packFile() {
        return packFile;
    }

    boolean contains(String key) {
        return entries.containsKey(key);
    }

    /** The blob stored for {@code key}, or null when absent or damaged (it is then forgotten). */
    byte[] read(String key) throws IOException {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        byte[] data = new byte[e.dataLength()];
        if (!readFully(ByteBuffer.wrap(data), e.dataOffset())
                || crc(key.getBytes(StandardCharsets.UTF_8), data) != e.crc()) {
            entries.remove(key, e);
            return null;
        }
        return data;
    }

    /** A blob that {@link #read} turned out unusable: forgotten, so it is made again. */
    void forget(String key) {
        entries.remove(key);
    }

    void append(String key, byte[] data) throws IOException {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        if (keyBytes.length > MAX_KEY_BYTES) {
            throw new IOException("Key too long for the thumbnail cache: " + key);
        }
        int crc = crc(keyBytes, data);
        ByteBuffer record = ByteBuffer.allocate(4 + 4 + keyBytes.length + 4 + 4 + data.length);
        record.putInt(RECORD_MAGIC).putInt(keyBytes.length).put(keyBytes).putInt(data.length).putInt(crc).put(data);
        record.flip();
        synchronized (writeLock) {
            long start = packEnd;
            long pos = start;
            while (record.hasRemaining()) {
                pos += pack.write(record, pos);
            }
            packEnd = pos;
            entries.put(key, new Entry(start + 16 + keyBytes.length, data.length, crc));
            if (++unflushed >= FLUSH_EVERY) {
                flush();
            }
        }
    }

    /** Makes every blob written so far durable and records it in the index. */
    void flush() throws IOException {
        synchronized (writeLock) {
            pack.force(false);
            writeIndex();
            unflushed = 0;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (pack.isOpen()) {
                flush();
            }
        } finally {
            pack.close();
        }
    }

    private void load() throws IOException {
        long length = pack.size();
        if (length < HEADER_BYTES || !headerMatches()) {
            resetPack();
            return;
        }
        long scanFrom = HEADER_BYTES;
        Long covered = readIndex(length);
        if (covered != null) {
            scanFrom = covered;
            indexedFromFile = true;
        } else {
            entries.clear();
        }
        packEnd = scanTail(scanFrom, length);
        if (packEnd < length) {
            pack.truncate(packEnd);
            pack.force(false);
        }
    }

    private boolean headerMatches() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        return readFully(header, 0) && header.flip().getLong() == PACK_MAGIC && header.getInt() == size;
    }

    private void resetPack() throws IOException {
        pack.truncate(0);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).putLong(PACK_MAGIC).putInt(size);
        header.flip();
        pack.write(header, 0);
        pack.force(false);
        packEnd = HEADER_BYTES;
        entries.clear();
        Files.deleteIfExists(indexFile);
    }

    /** Reads records from {@code from}; returns where the last whole, checksummed record ends. */
    private long scanTail(long from, long length) throws IOException {
        long pos = from;
        ByteBuffer head = ByteBuffer.allocate(8);
        while (pos + 16 <= length) {
            head.clear();
            if (!readFully(head, pos) || head.flip().getInt() != RECORD_MAGIC) {
                break;
            }
            int keyLength = head.getInt();
            if (keyLength < 0 || keyLength > MAX_KEY_BYTES || pos + 16 + keyLength > length) {
                break;
            }
            ByteBuffer body = ByteBuffer.allocate(keyLength + 8);
            if (!readFully(body, pos + 8)) {
                break;
            }
            body.flip();
            byte[] keyBytes = new byte[keyLength];
            body.get(keyBytes);
            int dataLength = body.getInt();
            int crc = body.getInt();
            long dataOffset = pos + 16 + keyLength;
            if (dataLength < 0 || dataLength > MAX_DATA_BYTES || dataOffset + dataLength > length) {
                break;
            }
            ByteBuffer data = ByteBuffer.allocate(dataLength);
            if (!readFully(data, dataOffset) || crc(keyBytes, data.array()) != crc) {
                break;
            }
            entries.put(new String(keyBytes, StandardCharsets.UTF_8), new Entry(dataOffset, dataLength, crc));
            pos = dataOffset + dataLength;
        }
        return pos;
    }

    /** Loads the index if it is whole and fits the pack; returns the pack length it covers, else null. */
    private Long readIndex(long packLength) {
        try {
            if (!Files.isRegularFile(indexFile)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(indexFile);
            if (bytes.length < 8) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 4);
            int stored = ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt();
            if ((int) crc.getValue() != stored) {
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4));
            if (in.readInt() != INDEX_MAGIC || in.readInt() != size) {
                return null;
            }
            long covered = in.readLong();
            int count = in.readInt();
            if (covered < HEADER_BYTES || covered > packLength || count < 0) {
                return null;
            }
            Map<String, Entry> read = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                Entry e = new Entry(in.readLong(), in.readInt(), in.readInt());
                if (e.dataOffset() < HEADER_BYTES || e.dataLength() < 0 || e.dataOffset() + e.dataLength() > covered) {
                    return null;
                }
                read.put(key, e);
            }
            entries.putAll(read);
            return covered;
        } catch (IOException e) { // EOF, bad UTF, unreadable: rebuild from the pack instead
            return null;
        }
    }

    private void writeIndex() throws IOException {
        long covered = packEnd;
        Map<String, Entry> snapshot = Map.copyOf(entries);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + snapshot.size() * 96);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(INDEX_MAGIC);
        out.writeInt(size);
        out.writeLong(covered);
        out.writeInt(snapshot.size());
        for (Map.Entry<String, Entry> e : snapshot.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue().dataOffset());
            out.writeInt(e.getValue().dataLength());
            out.writeInt(e.getValue().crc());
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        AtomicFiles.writeBytes(indexFile, bytes.toByteArray());
    }

    /** Fills {@code buf} from {@code pos}; false when the file ends first. */
    private boolean readFully(ByteBuffer buf, long pos) throws IOException {
        long at = pos;
        while (buf.hasRemaining()) {
            int n = pack.read(buf, at);
            if (n < 0) {
                return false;
            }
            at += n;
        }
        return true;
    }

    private static int crc(byte[] key, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(key);
        crc.update(data);
        return (int) crc.getValue();
    }
}
