package org.silhouette.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A float32 .npy written row by row. The header holds the row count (and a note that may depend on all
 * rows), known only at the end, so the rows go after a gap the size of the expected header, and
 * {@link #commit} fills the gap. When the real header has another size (its padding to 64 bytes absorbs
 * most differences) the rows are copied once behind it, through a second temp file.
 */
public final class NpyWriter extends MatrixRowWriter {
    private static final int BUFFER_BYTES = 1 << 16;

    private final Path target;
    private final int gap;
    private final ByteBuffer buffer;
    private final AtomicFiles.Pending file;

    private NpyWriter(Path target, int cols, int gap, AtomicFiles.Pending file) {
        super(cols);
        this.target = target;
        this.gap = gap;
        this.file = file;
        this.buffer = ByteBuffer.allocate(Math.max(BUFFER_BYTES, 4 * cols)).order(ByteOrder.LITTLE_ENDIAN);
    }

    public static NpyWriter open(Path target, int cols, long expectedRows, String expectedNote) throws IOException {
        Checks.atLeast(cols, 1, "cols");
        if (expectedNote != null) {
            Npy.checkNote(expectedNote);
        }
        int gap = Npy.header(expectedRows, cols, expectedNote).length;
        AtomicFiles.Pending file = AtomicFiles.open(target);
        file.channel().position(gap);
        return new NpyWriter(target, cols, gap, file);
    }

    @Override
    void write(float[] row) throws IOException {
        if (buffer.remaining() < 4 * cols) {
            drain();
        }
        for (float v : row) {
            buffer.putFloat(v);
        }
    }

    @Override
    public void commit(String note) throws IOException {
        if (note != null) {
            Npy.checkNote(note);
        }
        drain();
        byte[] header = Npy.header(rows(), cols, note);
        FileChannel ch = file.channel();
        if (header.length == gap) {
            writeFully(ch, ByteBuffer.wrap(header), 0);
            file.commit();
            return;
        }
        long body = ch.size() - gap;
        try (AtomicFiles.Pending moved = AtomicFiles.open(target)) {
            FileChannel out = moved.channel();
            writeFully(out, ByteBuffer.wrap(header), 0);
            for (long done = 0; done < body; ) {
                done += ch.transferTo(gap + done, body - done, out.position(header.length + done));
            }
            moved.commit();
        }
        file.close();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            file.channel().write(buffer);
        }
        buffer.clear();
    }

    private static void writeFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            at += ch.write(b, at);
        }
    }
}
