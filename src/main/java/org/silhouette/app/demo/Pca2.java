package org.silhouette.app.demo;

import java.util.SplittableRandom;

/**
 * The first three principal-component scores of row vectors, by seeded subspace iteration on the
 * centred data (never forming the covariance). Enough for a first demo map.
 */
final class Pca2 {

    private Pca2() {
    }

    /** Scores [component][row] for components 0..k-1 of {@code rows} × {@code dims} data. */
    static float[][] scores(float[] data, int rows, int dims, int k, int iterations, long seed) {
        float[] mean = new float[dims];
        for (int r = 0; r < rows; r++) {
            for (int d = 0; d < dims; d++) {
                mean[d] += data[r * dims + d];
            }
        }
        for (int d = 0; d < dims; d++) {
            mean[d] /= rows;
        }
        double[][] basis = new double[k][dims];
        SplittableRandom random = new SplittableRandom(seed);
        for (double[] v : basis) {
            for (int d = 0; d < dims; d++) {
                v[d] = random.nextGaussian();
            }
        }
        orthonormalise(basis);
        double[][] proj = new double[k][rows];
        for (int it = 0; it < iterations; it++) {
            project(data, mean, rows, dims, basis, proj);
            for (int c = 0; c < k; c++) {
                java.util.Arrays.fill(basis[c], 0);
            }
            for (int r = 0; r < rows; r++) {
                int off = r * dims;
                for (int c = 0; c < k; c++) {
                    double p = proj[c][r];
                    double[] b = basis[c];
                    for (int d = 0; d < dims; d++) {
                        b[d] += p * (data[off + d] - mean[d]);
                    }
                }
            }
            orthonormalise(basis);
        }
        project(data, mean, rows, dims, basis, proj);
        float[][] out = new float[k][rows];
        for (int c = 0; c < k; c++) {
            for (int r = 0; r < rows; r++) {
                out[c][r] = (float) proj[c][r];
            }
        }
        return out;
    }

    private static void project(float[] data, float[] mean, int rows, int dims, double[][] basis, double[][] out) {
        for (int r = 0; r < rows; r++) {
            int off = r * dims;
            for (int c = 0; c < basis.length; c++) {
                double s = 0;
                double[] b = basis[c];
                for (int d = 0; d < dims; d++) {
                    s += (data[off + d] - mean[d]) * b[d];
                }
                out[c][r] = s;
            }
        }
    }

    /** Gram-Schmidt, in order, so component 0 converges to the leading direction. */
    private static void orthonormalise(double[][] basis) {
        for (int c = 0; c < basis.length; c++) {
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int d = 0; d < basis[c].length; d++) {
                    dot += basis[c][d] * basis[p][d];
                }
                for (int d = 0; d < basis[c].length; d++) {
                    basis[c][d] -= dot * basis[p][d];
                }
            }
            double norm = 0;
            for (double v : basis[c]) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < basis[c].length; d++) {
                basis[c][d] /= norm;
            }
        }
    }
}
