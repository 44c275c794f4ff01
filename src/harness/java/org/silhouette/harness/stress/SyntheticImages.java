package org.silhouette.harness.stress;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Generates the test corpus: hand-built PNGs, JPEG variants written with ImageIO and spliced markers. */
public final class SyntheticImages {
    private SyntheticImages() {
    }

    /** A solid-colour (0xRRGGBB) image with a different colour in its top-left quadrant, to see orientation. */
    public static BufferedImage quadrant(int w, int h, int rgb, int topLeftRgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, x < w / 2 && y < h / 2 ? topLeftRgb : rgb);
            }
        }
        return img;
    }

    public static void write(BufferedImage img, String format, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(img, format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format);
        }
    }

    public static byte[] jpegBytes(BufferedImage img, float quality) throws IOException {
        return jpeg(new IIOImage(img, null, null), quality);
    }

    /** An image or a raw raster (whose bands ImageIO writes as they are) as JPEG bytes. */
    private static byte[] jpeg(IIOImage image, float quality) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(bos)) {
            w.setOutput(ios);
            w.write(null, image, p);
        } finally {
            w.dispose();
        }
        return bos.toByteArray();
    }

    /** Inserts a marker segment right after SOI. */
    public static byte[] spliceAfterSoi(byte[] jpeg, byte[] segment) {
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(segment, 0, out, 2, segment.length);
        System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
        return out;
    }

    /** An APP1 Exif segment whose IFD0 holds only the orientation tag. */
    public static byte[] exifOrientationSegment(int orientation, boolean bigEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4)
                .order(bigEndian ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I');
        tiff.putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] payload = tiff.array();
        int len = 2 + 6 + payload.length;
        ByteBuffer seg = ByteBuffer.allocate(2 + len);
        seg.put((byte) 0xFF).put((byte) 0xE1).putShort((short) len);
        seg.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put(payload);
        return seg.array();
    }

    public static byte[] exifRotatedJpeg(BufferedImage stored, int orientation) throws IOException {
        return spliceAfterSoi(jpegBytes(stored, 0.95f), exifOrientationSegment(orientation, true));
    }

    /**
     * A 4-component JPEG as Photoshop writes it: Adobe APP14 marker, inverted CMYK samples, either stored
     * as is (transform 0, "CMYK") or as YCbCr of the inverted CMY plus K (transform 2, "YCCK").
     */
    public static byte[] adobeJpeg(int w, int h, int[] cmykLeft, int[] cmykRight, boolean ycck) throws IOException {
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] c = x < w / 2 ? cmykLeft : cmykRight;
                int[] inv = {255 - c[0], 255 - c[1], 255 - c[2], 255 - c[3]};
                if (ycck) {
                    int rr = 255 - inv[0];
                    int gg = 255 - inv[1];
                    int bb = 255 - inv[2];
                    int yy = clamp(0.299 * rr + 0.587 * gg + 0.114 * bb);
                    int cb = clamp(128 - 0.168736 * rr - 0.331264 * gg + 0.5 * bb);
                    int cr = clamp(128 + 0.5 * rr - 0.418688 * gg - 0.081312 * bb);
                    r.setPixel(x, y, new int[] {yy, cb, cr, inv[3]});
                } else {
                    r.setPixel(x, y, inv);
                }
            }
        }
        byte[] jpeg = jpeg(new IIOImage(r, null, null), 1f);
        byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
                (byte) (ycck ? 2 : 0)};
        return spliceAfterSoi(jpeg, app14);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Writes an animated GIF whose frames are solid colours. */
    public static void animatedGif(Path file, int w, int h, int... frameRgbs) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (int rgb : frameRgbs) {
                BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        frame.setRGB(x, y, rgb);
                    }
                }
                ImageWriteParam p = writer.getDefaultWriteParam();
                IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), p);
                String fmt = md.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) md.getAsTree(fmt);
                IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
                gce.setAttribute("disposalMethod", "none");
                gce.setAttribute("userInputFlag", "FALSE");
                gce.setAttribute("transparentColorFlag", "FALSE");
                gce.setAttribute("delayTime", "10");
                gce.setAttribute("transparentColorIndex", "0");
                root.appendChild(gce);
                md.setFromTree(fmt, root);
                writer.writeToSequence(new IIOImage(frame, null, md), p);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** Builds PNG files byte by byte, so any colour type, bit depth and declared size can be produced. */
    public static final class Png {
        public static final int GREY = 0;
        public static final int RGB = 2;
        public static final int PALETTE = 3;
        public static final int GREY_ALPHA = 4;
        public static final int RGBA = 6;

        private Png() {
        }

        /** Row bytes for the given samples (row-major, channels interleaved), filter type 0. */
        public static byte[] encode(int w, int h, int colorType, int bitDepth, int[] samples, int[] paletteRgb,
                int[] paletteAlpha) throws IOException {
            int channels = channels(colorType);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            int rowBits = w * channels * bitDepth;
            int rowBytes = (rowBits + 7) / 8;
            for (int y = 0; y < h; y++) {
                raw.write(0);
                byte[] row = new byte[rowBytes];
                int bit = 0;
                for (int x = 0; x < w * channels; x++) {
                    int v = samples[y * w * channels + x];
                    if (bitDepth == 16) {
                        row[bit / 8] = (byte) (v >> 8);
                        row[bit / 8 + 1] = (byte) v;
                    } else if (bitDepth == 8) {
                        row[bit / 8] = (byte) v;
                    } else {
                        int shift = 8 - bitDepth - (bit % 8);
                        row[bit / 8] |= (byte) (v << shift);
                    }
                    bit += bitDepth;
                }
                raw.write(row);
            }
            return assemble(w, h, colorType, bitDepth, deflate(raw.toByteArray()), paletteRgb, paletteAlpha);
        }

        /**
         * A PNG whose header declares {@code w}×{@code h} 1-bit grey pixels, all zero, with a complete
         * deflate stream: about 1/1000 of the raw size, so 30000×30000 takes ~110 KB on disk.
         */
        public static void writeBlackBomb(Path file, int w, int h) throws IOException {
            int rowBytes = (w + 7) / 8;
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, d, 1 << 16)) {
                byte[] row = new byte[rowBytes + 1];
                for (int y = 0; y < h; y++) {
                    z.write(row);
                }
            } finally {
                d.end();
            }
            Files.write(file, assemble(w, h, GREY, 1, idat.toByteArray(), null, null));
        }

        /** A PNG header declaring an enormous RGBA image, followed by only a few rows of data. */
        public static byte[] declaredOnly(int w, int h) throws IOException {
            return assemble(w, h, RGBA, 8, deflate(new byte[4096]), null, null);
        }

        private static byte[] assemble(int w, int h, int colorType, int bitDepth, byte[] idat, int[] paletteRgb,
                int[] paletteAlpha) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteBuffer ihdr = ByteBuffer.allocate(13);
            ihdr.putInt(w).putInt(h).put((byte) bitDepth).put((byte) colorType).put((byte) 0).put((byte) 0)
                    .put((byte) 0);
            chunk(out, "IHDR", ihdr.array());
            if (paletteRgb != null) {
                byte[] plte = new byte[paletteRgb.length * 3];
                for (int i = 0; i < paletteRgb.length; i++) {
                    plte[3 * i] = (byte) (paletteRgb[i] >> 16);
                    plte[3 * i + 1] = (byte) (paletteRgb[i] >> 8);
                    plte[3 * i + 2] = (byte) paletteRgb[i];
                }
                chunk(out, "PLTE", plte);
            }
            if (paletteAlpha != null) {
                byte[] trns = new byte[paletteAlpha.length];
                for (int i = 0; i < trns.length; i++) {
                    trns[i] = (byte) paletteAlpha[i];
                }
                chunk(out, "tRNS", trns);
            }
            chunk(out, "IDAT", idat);
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        }

        private static byte[] deflate(byte[] raw) throws IOException {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(bos)) {
                z.write(raw);
            }
            return bos.toByteArray();
        }

        private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
            byte[] t = type.getBytes(StandardCharsets.US_ASCII);
            out.write(ByteBuffer.allocate(4).putInt(data.length).array());
            out.write(t);
            out.write(data);
            CRC32 crc = new CRC32();
            crc.update(t);
            crc.update(data);
            out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        }

        private static int channels(int colorType) {
            return switch (colorType) {
                case GREY, PALETTE -> 1;
                case GREY_ALPHA -> 2;
                case RGB -> 3;
                case RGBA -> 4;
                default -> throw new IllegalArgumentException("colour type " + colorType);
            };
        }
    }
}
