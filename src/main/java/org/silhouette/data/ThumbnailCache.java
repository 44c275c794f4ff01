package org.silhouette.data;

import org.silhouette.core.AtomicFiles;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
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
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Small thumbnails of many images in one append-only pack file, found again through an index file, so
 * that reopening a folder costs one small read instead of decoding every image.
 *
 * <p>Pack: a header, then records {@code magic, keyLength, key, dataLength, crc32(key+data), data}, where
 * data is a JPEG (opaque images) or PNG (with alpha). Index: the pack length it covers, the entries, and a
 * CRC of itself; written atomically after the pack is synced. On open a bad index is ignored and the pack
 * is scanned instead; records past the index are scanned and a torn tail is cut off. A record whose CRC
 * fails on read is treated as missing and made again. Keys are path + size + modification time, so an
 * edited image gets a new thumbnail.
 *
 * <p>Thread-safe; {@link #get} decodes on the calling thread, so call it from background threads only.
 */
public final class ThumbnailCache implements Closeable {

    /** Turns an image file into pixels; swapped for the project's robust decoder when it lands. */
    @FunctionalInterface
    public interface Decoder {
        BufferedImage decode(Path file) throws IOException;
    }

    /** The plain JDK decoder. */
    public static final Decoder IMAGE_IO = file -> {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("Not a readable image: " + file);
        }
        return image;
    };

    /** A thumbnail as 0xAARRGGBB pixels, at most {@code size} on its longer edge. */
    public record Thumbnail(int width, int height, int[] argb) {
    }

    private record Entry(long dataOffset, int dataLength, int crc) {
    }

    private static final long PACK_MAGIC = 0x53494C54484D4231L; // "SILTHMB1"
    private static final int INDEX_MAGIC = 0x54484958; // "THIX"
    private static final int RECORD_MAGIC = 0x54485245; // "THRE"
    private static final int HEADER_BYTES = 12;
    private static final int MAX_KEY_BYTES = 16 * 1024;
    private static final int MAX_DATA_BYTES = 16 * 1024 * 1024;
    private static final int FLUSH_EVERY = 256;

    private final Path packFile;
    private final Path indexFile;
    private final int size;
    private final Decoder decoder;
    private final FileChannel pack;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();
    private long packEnd;
    private int unflushed;
    private boolean indexedFromFile;

    private ThumbnailCache(Path folder, int size, Decoder decoder) throws IOException {
        Files.createDirectories(folder);
        this.size = size;
        this.decoder = decoder;
        this.packFile = folder.resolve("thumbnails-" + size + ".pack");
        this.indexFile = folder.resolve("thumbnails-" + size + ".index");
        this.pack = FileChannel.open(packFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        load();
    }

    /** Opens (or creates) the cache for thumbnails of edge {@code size} in {@code folder}. */
    public static ThumbnailCache open(Path folder, int size, Decoder decoder) throws IOException {
        if (size < 8 || size > 1024) {
            throw new IllegalArgumentException("Thumbnail size must be 8..1024, got " + size);
        }
        return new ThumbnailCache(folder, size, decoder);
    }

    public int size() {
        return size;
    }

    /** Number of thumbnails held. */
    public int count() {
        return entries.size();
    }

    /** True when the last open read a valid index rather than scanning the pack (for tests and logs). */
    public boolean openedFromIndex() {
        return indexedFromFile;
    }

    public Path packFile() {
        return packFile;
    }

    /** The cache key of an image file: its path, length and modification time. */
    public static String keyOf(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return file.toAbsolutePath().normalize() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis();
    }

    /** The thumbnail of {@code file}, from the pack when present, else decoded, stored and returned. */
    public Thumbnail get(Path file) throws IOException {
        String key = keyOf(file);
        Thumbnail cached = read(key);
        if (cached != null) {
            return cached;
        }
        BufferedImage thumb = scaleToFit(decoder.decode(file), size);
        append(key, encode(thumb));
        return pixels(thumb);
    }

    /** The stored thumbnail for {@code key}, or null when absent or damaged. Never decodes an original. */
    public Thumbnail read(String key) throws IOException {
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
        BufferedImage image = decodeBlob(data);
        if (image == null) {
            entries.remove(key, e);
            return null;
        }
        return pixels(image);
    }

    /**
     * Decodes a stored blob with a reader kept per thread and per format: looking a reader up for every
     * small image costs more than decoding it.
     */
    private static BufferedImage decodeBlob(byte[] data) throws IOException {
        boolean png = data.length > 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G';
        ImageReader reader = (png ? PNG_READER : JPEG_READER).get();
        if (reader == null) {
            return ImageIO.read(new ByteArrayInputStream(data));
        }
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged blob counts as missing
        } finally {
            reader.setInput(null);
        }
    }

    private static final ThreadLocal<ImageReader> JPEG_READER = ThreadLocal.withInitial(() -> firstReader("jpeg"));
    private static final ThreadLocal<ImageReader> PNG_READER = ThreadLocal.withInitial(() -> firstReader("png"));

    /**
     * The JDK's own reader when present: our blobs are plain baseline files we wrote, and the JDK reader
     * decodes small ones faster than plug-ins built for difficult files.
     */
    private static ImageReader firstReader(String format) {
        ImageReader first = null;
        for (var it = ImageIO.getImageReadersByFormatName(format); it.hasNext(); ) {
            ImageReader r = it.next();
            if (r.getClass().getName().startsWith("com.sun.imageio.")) {
                return r;
            }
            if (first == null) {
                first = r;
            }
        }
        return first;
    }

    /** Makes every thumbnail written so far durable and records it in the index. */
    public void flush() throws IOException {
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

    private void append(String key, byte[] data) throws IOException {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        if (keyBytes.length > MAX_KEY_BYTES) {
            throw new IOException("Path too long for the thumbnail cache: " + key);
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
            Map<String, Entry> read = new java.util.HashMap<>(count * 2);
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

    /** Shrinks so the longer edge is at most {@code edge} (never enlarges), halving first for quality. */
    public static BufferedImage scaleToFit(BufferedImage src, int edge) {
        boolean alpha = src.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        int w = src.getWidth();
        int h = src.getHeight();
        double s = Math.min(1.0, edge / (double) Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * s));
        int th = Math.max(1, (int) Math.round(h * s));
        BufferedImage current = src;
        int cw = w;
        int ch = h;
        do {
            cw = Math.max(tw, cw / 2 >= tw ? cw / 2 : tw);
            ch = Math.max(th, ch / 2 >= th ? ch / 2 : th);
            BufferedImage next = new BufferedImage(cw, ch, type);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, cw, ch, null);
            g.dispose();
            current = next;
        } while (cw != tw || ch != th);
        return current;
    }

    private static byte[] encode(BufferedImage thumb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        if (thumb.getColorModel().hasAlpha()) {
            ImageIO.write(thumb, "png", out);
            return out.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(thumb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static Thumbnail pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new Thumbnail(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }
}
