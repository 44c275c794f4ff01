package org.silhouette.data;

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
import java.io.IOException;
import java.nio.file.Path;

/**
 * Small thumbnails of many images, made once and kept in a {@link ThumbnailPack}, so that reopening a folder
 * costs one small read instead of decoding every image. A thumbnail is stored as a JPEG (opaque images) or
 * PNG (with alpha); a damaged one is treated as missing and made again. The caller names each image by a key
 * that changes when its content does (Silhouette uses the content hash its features are cached under), so
 * an edited image gets a new thumbnail and the cache never looks at a file's attributes.
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

    private static final ThreadLocal<ImageReader> JPEG_READER = ThreadLocal.withInitial(() -> firstReader("jpeg"));
    private static final ThreadLocal<ImageReader> PNG_READER = ThreadLocal.withInitial(() -> firstReader("png"));

    private final int size;
    private final Decoder decoder;
    private final ThumbnailPack pack;

    private ThumbnailCache(Path folder, int size, Decoder decoder) throws IOException {
        this.size = size;
        this.decoder = decoder;
        this.pack = new ThumbnailPack(folder, size);
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
        return pack.count();
    }

    /** True when the last open read a valid index rather than scanning the pack (for tests and logs). */
    public boolean openedFromIndex() {
        return pack.openedFromIndex();
    }

    public Path packFile() {
        return pack.packFile();
    }

    /** The thumbnail stored for {@code key}, else {@code file} decoded, stored under {@code key} and returned. */
    public Thumbnail get(String key, Path file) throws IOException {
        Thumbnail cached = read(key);
        if (cached != null) {
            return cached;
        }
        BufferedImage thumb = scaleToFit(decoder.decode(file), size);
        pack.append(key, encode(thumb));
        return pixels(thumb);
    }

    /** Stores the thumbnail of pixels decoded elsewhere, unless {@code key} has one already. */
    public void put(String key, BufferedImage decoded) throws IOException {
        if (!pack.contains(key)) {
            pack.append(key, encode(scaleToFit(decoded, size)));
        }
    }

    /** Whether {@code key} has a thumbnail (that may still turn out damaged when read). */
    public boolean contains(String key) {
        return pack.contains(key);
    }

    /** The stored thumbnail for {@code key}, or null when absent or damaged. Never decodes an original. */
    public Thumbnail read(String key) throws IOException {
        byte[] data = pack.read(key);
        if (data == null) {
            return null;
        }
        BufferedImage image = decodeBlob(data);
        if (image == null) {
            pack.forget(key);
            return null;
        }
        return pixels(image);
    }

    /** Makes every thumbnail written so far durable and records it in the index. */
    public void flush() throws IOException {
        pack.flush();
    }

    @Override
    public void close() throws IOException {
        pack.close();
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

    /**
     * Decodes a stored blob with a reader kept per thread and per format: looking a reader up for every
     * small image costs more than decoding it. Null when the blob is damaged.
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
