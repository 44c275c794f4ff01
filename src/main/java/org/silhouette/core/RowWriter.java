package org.silhouette.core;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a matrix one row at a time, so a caller producing many rows never holds them all. Nothing is
 * visible at the target until {@link #commit}; closing an uncommitted writer leaves the old file, if
 * any, untouched and no temp file behind. The bytes are those {@link MatrixFiles#write} gives the same
 * matrix (with {@link Npy#write(Path, FloatMatrix, String)} when there is a note).
 */
public interface RowWriter extends AutoCloseable {

    void append(float[] row) throws IOException;

    /** Rows appended so far. */
    long rows();

    /**
     * Puts the finished file in place.
     *
     * @param note the .npy header note, or null; a CSV has nowhere to keep one and ignores it
     */
    void commit(String note) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * A .npy or CSV writer, chosen by extension as {@link MatrixFiles} does.
     *
     * @param expectedRows and {@code expectedNote}: the likely final shape; a .npy leaves room for that
     *        header, so the usual commit writes no byte twice (any other is still correct, one copy slower)
     */
    static RowWriter open(Path file, int cols, long expectedRows, String expectedNote) throws IOException {
        return MatrixFiles.isNpy(file)
                ? NpyWriter.open(file, cols, expectedRows, expectedNote)
                : CsvRowWriter.open(file, cols);
    }
}
