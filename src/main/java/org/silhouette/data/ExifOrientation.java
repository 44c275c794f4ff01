package org.silhouette.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the EXIF orientation tag (1..8) of a JPEG file, walking only its marker segments up to the
 * image data. Anything unexpected means "upright" (1): a bad tag must never cost an image.
 */
public final class ExifOrientation {
    public static final int UPRIGHT = 1;
    private static final int MAX_HEADER_BYTES = 1 << 20;
    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {
    }

    public static int ofJpeg(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ofJpeg(in.readNBytes(MAX_HEADER_BYTES));
        } catch (IOException e) {
            return UPRIGHT;
        }
    }

    public static int ofJpeg(byte[] b) {
        if (b.length < 4 || u8(b, 0) != 0xFF || u8(b, 1) != 0xD8) {
            return UPRIGHT;
        }
        int pos = 2;
        while (pos + 4 <= b.length) {
            if (u8(b, pos) != 0xFF) {
                return UPRIGHT;
            }
            int marker = u8(b, pos + 1);
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return UPRIGHT; // image data starts: no EXIF before it
            }
            int len = u16(b, pos + 2, true);
            if (len < 2) {
                return UPRIGHT;
            }
            int payload = pos + 4;
            if (marker == 0xE1 && payload + 6 <= b.length && b[payload] == 'E' && b[payload + 1] == 'x'
                    && b[payload + 2] == 'i' && b[payload + 3] == 'f' && b[payload + 4] == 0 && b[payload + 5] == 0) {
                int end = Math.min(b.length, pos + 2 + len);
                int o = ofTiff(b, payload + 6, end);
                if (o != UPRIGHT) {
                    return o;
                }
            }
            pos += 2 + len;
        }
        return UPRIGHT;
    }

    /** Looks for the orientation tag in IFD0 of the TIFF structure starting at {@code start}. */
    static int ofTiff(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return UPRIGHT;
        }
        boolean big;
        if (b[start] == 'M' && b[start + 1] == 'M') {
            big = true;
        } else if (b[start] == 'I' && b[start + 1] == 'I') {
            big = false;
        } else {
            return UPRIGHT;
        }
        if (u16(b, start + 2, big) != 42) {
            return UPRIGHT;
        }
        long ifd = u32(b, start + 4, big);
        if (ifd < 8 || start + ifd + 2 > end) {
            return UPRIGHT;
        }
        int at = (int) (start + ifd);
        int count = u16(b, at, big);
        for (int i = 0; i < count; i++) {
            int e = at + 2 + 12 * i;
            if (e + 12 > end) {
                return UPRIGHT;
            }
            if (u16(b, e, big) == TAG_ORIENTATION) {
                int type = u16(b, e + 2, big);
                int value = type == 3 ? u16(b, e + 8, big) : type == 4 ? (int) u32(b, e + 8, big) : 0;
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i, boolean big) {
        return big ? (u8(b, i) << 8) | u8(b, i + 1) : (u8(b, i + 1) << 8) | u8(b, i);
    }

    private static long u32(byte[] b, int i, boolean big) {
        return big
                ? ((long) u8(b, i) << 24) | ((long) u8(b, i + 1) << 16) | ((long) u8(b, i + 2) << 8) | u8(b, i + 3)
                : ((long) u8(b, i + 3) << 24) | ((long) u8(b, i + 2) << 16) | ((long) u8(b, i + 1) << 8) | u8(b, i);
    }
}
