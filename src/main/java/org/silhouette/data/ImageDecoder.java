package org.silhouette.data;

import org.silhouette.core.Checks;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;

/**
 * Decodes any image file Silhouette scans into an upright TYPE_INT_RGB image, or says in one line why
 * it cannot. Nothing escapes as an exception. The format is sniffed from the bytes, not the name.
 * Dimensions are read from the header first: images larger than {@link Options#maxSide()} are
 * subsampled while decoding, and images declaring more than {@link Options#maxPixels()} are refused,
 * so a decompression bomb costs neither memory nor minutes.
 */
public final class ImageDecoder {
    public static final int WHITE = 0xFFFFFF;
    public static final int BLACK = 0x000000;

    static {
        ImageIO.setUseCache(false); // no temp files for stream-based readers
        ImageIO.scanForPlugins();
    }

    /**
     * @param maxSide the decoded image's longer side is at most this (source subsampling)
     * @param maxPixels images whose header declares more pixels are refused
     * @param backgroundRgb colour transparent pixels are composited over (0xRRGGBB); white by default
     */
    public record Options(int maxSide, long maxPixels, int backgroundRgb) {
        /** About a gigapixel: a 30000×30000 image is subsampled, anything larger refused. */
        public static final long DEFAULT_MAX_PIXELS = 1L << 30;

        public Options {
            Checks.atLeast(maxSide, 1, "maxSide");
            Checks.atLeast(maxPixels, 1, "maxPixels");
            if ((backgroundRgb & ~0xFFFFFF) != 0) {
                throw new IllegalArgumentException("backgroundRgb must be 0xRRGGBB");
            }
        }

        public static Options maxSide(int maxSide) {
            return new Options(maxSide, DEFAULT_MAX_PIXELS, WHITE);
        }
    }

    /** The outcome of decoding one file. */
    public sealed interface Result permits Decoded, Failed {
    }

    /**
     * @param image upright TYPE_INT_RGB pixels
     * @param sourceWidth width the file declares, before subsampling and orientation
     * @param sourceHeight height the file declares
     * @param subsampling the decode-time step (1 = full resolution)
     */
    public record Decoded(BufferedImage image, int sourceWidth, int sourceHeight, int subsampling) implements Result {
    }

    public record Failed(String reason) implements Result {
    }

    private ImageDecoder() {
    }

    /** One decoding attempt, which may throw anything a hostile file provokes. */
    private interface Attempt {
        Result run() throws Exception;
    }

    /** Runs {@code attempt}, turning every failure, memory and stack exhaustion included, into a reason. */
    private static Result failingSoftly(Attempt attempt) {
        try {
            return attempt.run();
        } catch (OutOfMemoryError e) {
            return new Failed("too large to decode in the memory available");
        } catch (StackOverflowError e) {
            return new Failed("cannot decode: the decoder recursed too deeply on this file");
        } catch (Exception e) {
            return new Failed(reasonFor(e));
        }
    }

    public static Result decode(Path file, Options options) {
        return failingSoftly(() -> {
            long size = Files.size(file);
            if (size == 0) {
                return new Failed("empty file (0 bytes)");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(512);
            }
            return decodeOrThrow(new FileImageInputStream(file.toFile()), head, () -> ExifOrientation.ofJpeg(file),
                    options);
        });
    }

    /**
     * Decodes an image already read into memory. A caller that keys anything by the file's content (the
     * feature cache) must hash and decode the same bytes, or a file replaced in between would put one
     * image's pixels under the other's key.
     */
    public static Result decode(byte[] content, Options options) {
        return failingSoftly(() -> {
            if (content.length == 0) {
                return new Failed("empty file (0 bytes)");
            }
            byte[] head = java.util.Arrays.copyOf(content, Math.min(512, content.length));
            return decodeOrThrow(new MemoryCacheImageInputStream(new ByteArrayInputStream(content)), head,
                    () -> ExifOrientation.ofJpeg(content), options);
        });
    }

    private static Result decodeOrThrow(ImageInputStream source, byte[] head, IntSupplier orientation,
            Options options) throws IOException {
        try (ImageInputStream iis = source) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
            if (!readers.hasNext()) {
                return new Failed(unknownFormat(head));
            }
            Failed first = null;
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    iis.seek(0);
                    Result r = read(reader, iis, orientation, options);
                    if (r instanceof Decoded) {
                        return r;
                    }
                    if (first == null) {
                        first = (Failed) r;
                    }
                    if (r instanceof Failed f && f.reason().startsWith("refused")) {
                        return r; // a second reader would only refuse it again
                    }
                } catch (IOException | RuntimeException e) {
                    if (first == null) {
                        first = new Failed(reasonFor(e, formatOf(reader)));
                    }
                } finally {
                    reader.dispose();
                }
            }
            return first;
        }
    }

    private static Result read(ImageReader reader, ImageInputStream iis, IntSupplier orientation, Options options) throws IOException {
        reader.setInput(iis, false, true);
        String format = reader.getFormatName().toUpperCase(Locale.ROOT);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0) {
            return new Failed("invalid " + format + " header: " + w + "×" + h + " pixels");
        }
        long pixels = (long) w * h;
        if (pixels > options.maxPixels()) {
            return new Failed(String.format(Locale.ROOT,
                    "refused: the %s header declares %d×%d pixels (%.0f megapixels), over the limit of %.0f;"
                            + " possibly a decompression bomb", format, w, h, pixels / 1e6, options.maxPixels() / 1e6));
        }
        int step = (int) Math.max(1, (Math.max(w, h) + (long) options.maxSide() - 1) / options.maxSide());
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        List<String> warnings = new ArrayList<>();
        IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
        reader.addIIOReadWarningListener(listener);
        BufferedImage raw = reader.read(0, param);
        for (String warning : warnings) {
            // only missing image data counts: a lone missing end marker or stray bytes still decode whole
            if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                return new Failed("truncated " + format + ": the image data ends early");
            }
        }
        BufferedImage rgb = RgbImages.toRgb(raw, options.backgroundRgb());
        if (format.equals("JPEG") || format.equals("JPG")) {
            rgb = RgbImages.orient(rgb, orientation.getAsInt());
        }
        return new Decoded(rgb, w, h, step);
    }

    private static String formatOf(ImageReader reader) {
        String[] names = reader.getOriginatingProvider() == null ? null : reader.getOriginatingProvider().getFormatNames();
        return names == null || names.length == 0 ? "image" : names[0].toUpperCase(Locale.ROOT);
    }

    static String reasonFor(Throwable e) {
        return reasonFor(e, "image");
    }

    /** A one-line reason for a decoder failure, phrased for someone looking at their folder. */
    static String reasonFor(Throwable e, String format) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "file disappeared during the scan";
        }
        if (e instanceof java.io.FileNotFoundException f && f.getMessage() != null
                && f.getMessage().contains("Permission denied")) {
            return "permission denied";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException || (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("unexpected end"))) {
                return "truncated " + format + ": the image data ends early";
            }
            if (t instanceof ZipException || t instanceof DataFormatException) {
                return "corrupt compressed image data: " + firstLine(t.getMessage());
            }
        }
        String msg = firstLine(e.getMessage());
        if (e instanceof IIOException || e instanceof IOException) {
            return "damaged or unsupported " + format + ": " + (msg.isEmpty() ? e.getClass().getSimpleName() : msg);
        }
        return "damaged or unsupported " + format + " (decoder error " + e.getClass().getSimpleName()
                + (msg.isEmpty() ? "" : ": " + msg) + ")";
    }

    private static String unknownFormat(byte[] head) {
        if (looksLikeText(head)) {
            return "not an image: the file holds text";
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(4, head.length); i++) {
            hex.append(String.format(Locale.ROOT, "%02x", head[i] & 0xFF));
        }
        return "not a recognised image format (starts with bytes " + hex + ")";
    }

    static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            int c = b & 0xFF;
            boolean printable = c >= 0x20 && c != 0x7F;
            if (!printable && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
