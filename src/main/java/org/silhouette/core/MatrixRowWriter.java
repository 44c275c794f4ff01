package org.silhouette.core;

import java.io.IOException;

/** What the .npy and CSV row writers share: the matrix's width, checked on every row, and the rows taken. */
abstract class MatrixRowWriter implements RowWriter {
    final int cols;
    private long rows;

    MatrixRowWriter(int cols) {
        this.cols = Checks.atLeast(cols, 1, "cols");
    }

    @Override
    public final void append(float[] row) throws IOException {
        if (row.length != cols) {
            throw new IllegalArgumentException("a row of " + row.length + " values in a " + cols + "-column matrix");
        }
        write(row);
        rows++;
    }

    /** Writes one row, already checked to be {@link #cols} wide. */
    abstract void write(float[] row) throws IOException;

    @Override
    public final long rows() {
        return rows;
    }
}
