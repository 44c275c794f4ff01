package org.silhouette.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A matrix as CSV (one line per row, no header, as {@link MatrixFiles} writes it), written row by row. */
final class CsvRowWriter implements RowWriter {
    private final int cols;
    private final AtomicFiles.Pending file;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder();
    private long rows;

    private CsvRowWriter(int cols, AtomicFiles.Pending file) {
        this.cols = cols;
        this.file = file;
        this.out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(file.channel()),
                StandardCharsets.UTF_8), 1 << 16);
    }

    static CsvRowWriter open(Path target, int cols) throws IOException {
        Checks.atLeast(cols, 1, "cols");
        return new CsvRowWriter(cols, AtomicFiles.open(target));
    }

    @Override
    public void append(float[] row) throws IOException {
        if (row.length != cols) {
            throw new IllegalArgumentException("a row of " + row.length + " values in a " + cols + "-column matrix");
        }
        line.setLength(0);
        for (int j = 0; j < row.length; j++) {
            if (j > 0) {
                line.append(',');
            }
            line.append(row[j]);
        }
        out.write(line.append('\n').toString());
        rows++;
    }

    @Override
    public long rows() {
        return rows;
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
