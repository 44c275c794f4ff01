package org.silhouette.experiment;

import org.silhouette.core.UserError;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX files of MNIST-style datasets (optionally gzipped) and writes them out as an ImageFolder
 * tree of grey PNGs, {@code OUT/<class>/<index>.png}, so the rest of Silhouette can read them.
 */
public final class IdxImages {
    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;

    private IdxImages() {
    }

    /** Grey images [count][rows*cols] and one label byte per image. */
    public record Data(int count, int rows, int cols, byte[] pixels, int[] labels) {
    }

    public static Data read(Path images, Path labels) throws IOException {
        int count;
        int rows;
        int cols;
        byte[] pixels;
        try (DataInputStream in = open(images, IMAGES_MAGIC, "image")) {
            count = in.readInt();
            rows = in.readInt();
            cols = in.readInt();
            if (count < 0 || rows < 1 || cols < 1 || (long) count * rows * cols > Integer.MAX_VALUE - 8) {
                throw new UserError(images + " declares " + count + " images of " + rows + "×" + cols + ", which is not readable.");
            }
            pixels = new byte[count * rows * cols];
            readFully(in, pixels, images);
        }
        int[] y;
        try (DataInputStream in = open(labels, LABELS_MAGIC, "label")) {
            int n = in.readInt();
            if (n != count) {
                throw new UserError(labels + " holds " + n + " labels but " + images + " holds " + count + " images.");
            }
            byte[] raw = new byte[n];
            readFully(in, raw, labels);
            y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = raw[i] & 0xFF;
            }
        }
        return new Data(count, rows, cols, pixels, y);
    }

    /**
     * @param classNames folder name per label value; a label beyond the list is named by its number
     * @param perClass write at most this many images per class (the first ones); 0 for all
     * @return images written
     */
    public static int writeFolder(Data d, List<String> classNames, int perClass, Path out) throws IOException {
        int[] written = new int[256];
        int total = 0;
        for (int i = 0; i < d.count(); i++) {
            int label = d.labels()[i];
            if (perClass > 0 && written[label] >= perClass) {
                continue;
            }
            String name = label < classNames.size() ? classNames.get(label) : Integer.toString(label);
            Path dir = out.resolve(name);
            if (written[label] == 0) {
                Files.createDirectories(dir);
            }
            BufferedImage img = new BufferedImage(d.cols(), d.rows(), BufferedImage.TYPE_BYTE_GRAY);
            img.getRaster().setDataElements(0, 0, d.cols(), d.rows(),
                    java.util.Arrays.copyOfRange(d.pixels(), i * d.rows() * d.cols(), (i + 1) * d.rows() * d.cols()));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(img, "png", png);
            Files.write(dir.resolve(String.format("%05d.png", i)), png.toByteArray());
            written[label]++;
            total++;
        }
        return total;
    }

    /** Opens an IDX file and checks its magic number; the stream is left just after it. */
    private static DataInputStream open(Path file, int magic, String kind) throws IOException {
        DataInputStream in = open(file);
        try {
            int found = in.readInt();
            if (found != magic) {
                throw new UserError(file + " is not an IDX " + kind + " file (magic " + String.format("0x%08x", found)
                        + ", expected " + String.format("0x%08x", magic) + ").");
            }
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("No such file: " + file + ".");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        InputStream in = b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw)) : raw;
        return new DataInputStream(in);
    }

    private static void readFully(DataInputStream in, byte[] into, Path file) throws IOException {
        try {
            in.readFully(into);
        } catch (EOFException e) {
            throw new UserError(file + " ends early: it holds fewer bytes than its header declares.");
        }
    }
}
