package org.silhouette.core;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's .npy format, as far as Silhouette needs it: 1-D or 2-D, C order. Writes float32 little-endian
 * (version 1.0 header padded to 64 bytes, as NumPy does); reads float32/64 and int32/64 of either byte order.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([fi])([48])'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private static final String NOTE = "# ";
    /** A FloatMatrix is one Java array. */
    private static final long MAX_VALUES = Integer.MAX_VALUE - 8;
    private static final int MAX_HEADER = 1 << 20;

    private Npy() {
    }

    /** The note {@link #write(Path, FloatMatrix, String)} put in the header, or null when there is none. */
    public static String note(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            String header = readHeader(file, in);
            int dictEnd = header.indexOf('}');
            int hash = dictEnd < 0 ? -1 : header.indexOf(NOTE, dictEnd);
            return hash < 0 ? null : header.substring(hash + NOTE.length()).strip();
        }
    }

    private static String readHeader(Path file, DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new UserError(file + " is not a .npy file (bad magic bytes).");
        }
        int major = in.readUnsignedByte();
        in.readUnsignedByte();
        byte[] lenBytes = in.readNBytes(major == 1 ? 2 : 4);
        if (lenBytes.length != (major == 1 ? 2 : 4)) {
            throw new UserError(file + " is truncated inside its .npy header.");
        }
        ByteBuffer lb = ByteBuffer.wrap(lenBytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLen = major == 1 ? Short.toUnsignedInt(lb.getShort()) : Integer.toUnsignedLong(lb.getInt());
        if (headerLen > MAX_HEADER) {
            throw new UserError(file + " declares a .npy header of " + headerLen + " bytes; it is damaged.");
        }
        byte[] header = in.readNBytes((int) headerLen);
        if (header.length != headerLen) {
            throw new UserError(file + " is truncated inside its .npy header.");
        }
        return new String(header, StandardCharsets.ISO_8859_1);
    }

    public static void write(Path file, FloatMatrix m) throws IOException {
        AtomicFiles.writeBytes(file, toBytes(m, null));
    }

    /**
     * Writes with a note in the header, after the dict as a Python comment: NumPy's header parser
     * ignores it, and {@link #note} reads it back. The embed command records which index file belongs
     * with the matrix there.
     */
    public static void write(Path file, FloatMatrix m, String note) throws IOException {
        checkNote(note);
        AtomicFiles.writeBytes(file, toBytes(m, note));
    }

    static void checkNote(String note) {
        if (note.chars().anyMatch(c -> c < 0x20 || c > 0x7E) || note.length() > 200) {
            throw new IllegalArgumentException("a .npy note is one short line of printable ASCII");
        }
    }

    static byte[] toBytes(FloatMatrix m) {
        return toBytes(m, null);
    }

    private static byte[] toBytes(FloatMatrix m, String note) {
        byte[] header = header(m.rows(), m.cols(), note);
        ByteBuffer buf = ByteBuffer.allocate(header.length + 4 * m.data().length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(header);
        buf.asFloatBuffer().put(m.data());
        return buf.array();
    }

    /** Everything before the data of a float32 C-order matrix: magic, version, length and the padded dict. */
    static byte[] header(long rows, int cols, String note) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }"
                + (note == null ? "" : " " + NOTE + note);
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer buf = ByteBuffer.allocate(MAGIC.length + 4 + header.length()).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buf.put(header.getBytes(StandardCharsets.US_ASCII));
        return buf.array();
    }

    /** Reads a 2-D array as rows × cols, or a 1-D array as a single column. */
    public static FloatMatrix read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            String header = readHeader(file, in);
            Matcher d = DESCR.matcher(header);
            Matcher f = FORTRAN.matcher(header);
            Matcher s = SHAPE.matcher(header);
            if (!d.find() || !f.find() || !s.find()) {
                throw new UserError(file + " has a .npy header Silhouette cannot read: " + header.strip());
            }
            if (f.group(1).equals("True")) {
                throw new UserError(file + " is in Fortran order; save it in C order (numpy.ascontiguousarray).");
            }
            long[] shape = parseShape(file, s.group(1));
            long rowsL = shape[0];
            long colsL = shape.length == 2 ? shape[1] : 1;
            int width = Integer.parseInt(d.group(3));
            // checked before anything is allocated: a damaged or hostile shape is one line, not an exception
            long bodyBytes = rowsL * colsL * width;
            if (rowsL > Integer.MAX_VALUE || colsL > Integer.MAX_VALUE || rowsL * colsL > MAX_VALUES
                    || bodyBytes > Files.size(file)) {
                throw new UserError(file + " declares a shape of (" + s.group(1).strip() + "), more data than the "
                        + Files.size(file) + "-byte file holds; it is truncated or damaged.");
            }
            int rows = (int) rowsL;
            int cols = (int) colsL;
            boolean isFloat = d.group(2).equals("f");
            ByteOrder order = d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            long count = (long) rows * cols;
            byte[] body = in.readNBytes(Math.toIntExact(count * width));
            if (body.length != count * width) {
                throw new UserError(file + " is truncated: expected " + count * width + " data bytes, found " + body.length + ".");
            }
            ByteBuffer bb = ByteBuffer.wrap(body).order(order);
            float[] data = new float[(int) count];
            for (int i = 0; i < data.length; i++) {
                data[i] = isFloat
                        ? (width == 4 ? bb.getFloat() : (float) bb.getDouble())
                        : (width == 4 ? bb.getInt() : (float) bb.getLong());
            }
            return new FloatMatrix(rows, cols, data);
        }
    }

    private static long[] parseShape(Path file, String text) {
        String[] parts = text.split(",");
        long[] dims;
        try {
            dims = java.util.Arrays.stream(parts).map(String::strip).filter(p -> !p.isEmpty())
                    .mapToLong(Long::parseLong).toArray();
        } catch (NumberFormatException e) {
            throw new UserError(file + " has a .npy shape Silhouette cannot read: (" + text.strip() + ").");
        }
        if (dims.length < 1 || dims.length > 2) {
            throw new UserError(file + " has " + dims.length + " dimensions; Silhouette reads 1-D or 2-D arrays only.");
        }
        for (long d : dims) {
            if (d < 0) {
                throw new UserError(file + " has a negative .npy shape (" + text.strip() + "); it is damaged.");
            }
        }
        return dims;
    }
}
