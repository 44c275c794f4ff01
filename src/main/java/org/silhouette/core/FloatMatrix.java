package org.silhouette.core;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * A dense row-major float matrix: the one currency for features, embeddings and coordinates between
 * pipeline stages. Primitive storage keeps 100k×512 matrices cheap and maps directly onto .npy and NDArray.
 */
public record FloatMatrix(int rows, int cols, float[] data) {

    public FloatMatrix {
        if (rows < 0 || cols < 0 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException(
                    "Matrix shape " + rows + "x" + cols + " does not match " + data.length + " values");
        }
    }

    public static FloatMatrix zeros(int rows, int cols) {
        return new FloatMatrix(rows, cols, new float[Math.multiplyExact(rows, cols)]);
    }

    public static FloatMatrix of(float[][] rowsData) {
        int cols = columns(rowsData.length, i -> rowsData[i].length);
        float[] data = new float[rowsData.length * cols];
        for (int i = 0; i < rowsData.length; i++) {
            System.arraycopy(rowsData[i], 0, data, i * cols, cols);
        }
        return new FloatMatrix(rowsData.length, cols, data);
    }

    public static FloatMatrix of(double[][] rowsData) {
        int cols = columns(rowsData.length, i -> rowsData[i].length);
        float[] data = new float[rowsData.length * cols];
        for (int i = 0; i < rowsData.length; i++) {
            for (int j = 0; j < cols; j++) {
                data[i * cols + j] = (float) rowsData[i][j];
            }
        }
        return new FloatMatrix(rowsData.length, cols, data);
    }

    /** The common length of the rows (0 for none); a ragged row is refused, naming it. */
    private static int columns(int rows, IntUnaryOperator lengthOfRow) {
        int cols = rows == 0 ? 0 : lengthOfRow.applyAsInt(0);
        for (int i = 0; i < rows; i++) {
            if (lengthOfRow.applyAsInt(i) != cols) {
                throw new IllegalArgumentException("Row " + i + " has " + lengthOfRow.applyAsInt(i)
                        + " values, expected " + cols);
            }
        }
        return cols;
    }

    public float get(int row, int col) {
        return data[row * cols + col];
    }

    public void set(int row, int col, float value) {
        data[row * cols + col] = value;
    }

    public float[] row(int row) {
        return Arrays.copyOfRange(data, row * cols, (row + 1) * cols);
    }

    /** The rows at the given indices, in that order. */
    public FloatMatrix selectRows(int[] indices) {
        float[] out = new float[indices.length * cols];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(data, indices[i] * cols, out, i * cols, cols);
        }
        return new FloatMatrix(indices.length, cols, out);
    }

    /** The mean of each column, in double precision; zeros when there are no rows. */
    public double[] columnMeans() {
        double[] mean = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                mean[j] += data[i * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] /= Math.max(1, rows);
        }
        return mean;
    }

    public double[][] toDoubleRows() {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = data[i * cols + j];
            }
        }
        return out;
    }

    public boolean allFinite() {
        for (float v : data) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatMatrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "FloatMatrix[" + rows + "x" + cols + "]";
    }
}
