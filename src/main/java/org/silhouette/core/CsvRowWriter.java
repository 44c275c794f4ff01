package org.silhouette.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A matrix as CSV (one line per row, no header, as {@link MatrixFiles} writes it), written row by row. */
final class CsvRowWriter extends MatrixRowWriter {
    private final AtomicFiles.Pending file;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder();

    private CsvRowWriter(int cols, AtomicFiles.Pending file) {
        super(cols);
        this.file = file;
        this.out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(file.channel()),
                StandardCharsets.UTF_8), 1 << 16);
    }

    static CsvRowWriter open(Path target, int cols) throws IOException {
        Checks.atLeast(cols, 1, "cols"); // before the temp file is made
        return new CsvRowWriter(cols, AtomicFiles.open(target));
    }

    @Override
    void write(float[] row) throws IOException {
        out.write(line(line, row, 0, row.length));
    }

    /** Values {@code from .. from + count} of {@code data} as one CSV line, built in {@code sb}. */
    static String line(StringBuilder sb, float[] data, int from, int count) {
        sb.setLength(0);
        for (int j = 0; j < count; j++) {
            if (j > 0) {
                sb.append(',');
            }
            sb.append(data[from + j]);
        }
        return sb.append('\n').toString();
    }

    @Override
    public void commit(String note) throws IOException {
        out.flush();
        file.commit();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
