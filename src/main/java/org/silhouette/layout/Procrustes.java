package org.silhouette.layout;

import org.silhouette.core.FloatMatrix;

/**
 * A 2-D similarity transform y = s R x + t (R a rotation or a reflection) that best maps one set of
 * points onto another in least squares: orthogonal Procrustes with scale. Used to align a new layout to
 * the previous one so the map does not spin or flip between refreshes.
 *
 * <p>For 2×2 the SVD is not needed: with M = sum (y - ȳ)(x - x̄)ᵀ, the best rotation has angle
 * atan2(M10 - M01, M00 + M11) and the best reflection angle atan2(M10 + M01, M00 - M11); whichever has
 * the larger trace term wins, and s = trace / sum |x - x̄|².
 */
public record Procrustes(double scale, double r00, double r01, double r10, double r11, double tx, double ty) {

    public static final Procrustes IDENTITY = new Procrustes(1, 1, 0, 0, 1, 0, 0);

    /** Fits on interleaved [x0, y0, x1, y1, ...] arrays of equal length. */
    public static Procrustes fit(double[] from, double[] to) {
        int n = from.length / 2;
        if (n == 0 || from.length != to.length) {
            return IDENTITY;
        }
        double fx = 0;
        double fy = 0;
        double tx = 0;
        double ty = 0;
        for (int i = 0; i < n; i++) {
            fx += from[2 * i];
            fy += from[2 * i + 1];
            tx += to[2 * i];
            ty += to[2 * i + 1];
        }
        fx /= n;
        fy /= n;
        tx /= n;
        ty /= n;
        double m00 = 0;
        double m01 = 0;
        double m10 = 0;
        double m11 = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double ax = from[2 * i] - fx;
            double ay = from[2 * i + 1] - fy;
            double bx = to[2 * i] - tx;
            double by = to[2 * i + 1] - ty;
            m00 += bx * ax;
            m01 += bx * ay;
            m10 += by * ax;
            m11 += by * ay;
            norm += ax * ax + ay * ay;
        }
        if (norm == 0) {
            return new Procrustes(1, 1, 0, 0, 1, tx - fx, ty - fy);
        }
        double rotTrace = Math.hypot(m00 + m11, m10 - m01);
        double refTrace = Math.hypot(m00 - m11, m10 + m01);
        double r00;
        double r01;
        double r10;
        double r11;
        double trace;
        if (rotTrace >= refTrace) {
            double th = Math.atan2(m10 - m01, m00 + m11);
            r00 = Math.cos(th);
            r01 = -Math.sin(th);
            r10 = Math.sin(th);
            r11 = Math.cos(th);
            trace = rotTrace;
        } else {
            double th = Math.atan2(m10 + m01, m00 - m11);
            r00 = Math.cos(th);
            r01 = Math.sin(th);
            r10 = Math.sin(th);
            r11 = -Math.cos(th);
            trace = refTrace;
        }
        double s = trace / norm;
        double ox = tx - s * (r00 * fx + r01 * fy);
        double oy = ty - s * (r10 * fx + r11 * fy);
        return new Procrustes(s, r00, r01, r10, r11, ox, oy);
    }

    /** Fits on the rows where both matrices are finite. */
    public static Procrustes fit(FloatMatrix from, FloatMatrix to) {
        if (from.rows() != to.rows() || from.cols() != 2 || to.cols() != 2) {
            throw new IllegalArgumentException("Procrustes needs two n×2 matrices, got " + from.rows() + "x" + from.cols()
                    + " and " + to.rows() + "x" + to.cols());
        }
        int m = 0;
        double[] a = new double[2 * from.rows()];
        double[] b = new double[2 * from.rows()];
        for (int i = 0; i < from.rows(); i++) {
            float x0 = from.get(i, 0);
            float x1 = from.get(i, 1);
            float y0 = to.get(i, 0);
            float y1 = to.get(i, 1);
            if (Float.isFinite(x0) && Float.isFinite(x1) && Float.isFinite(y0) && Float.isFinite(y1)) {
                a[2 * m] = x0;
                a[2 * m + 1] = x1;
                b[2 * m] = y0;
                b[2 * m + 1] = y1;
                m++;
            }
        }
        return fit(java.util.Arrays.copyOf(a, 2 * m), java.util.Arrays.copyOf(b, 2 * m));
    }

    public double[] apply(double[] points) {
        double[] out = new double[points.length];
        for (int i = 0; i < points.length / 2; i++) {
            double x = points[2 * i];
            double y = points[2 * i + 1];
            out[2 * i] = scale * (r00 * x + r01 * y) + tx;
            out[2 * i + 1] = scale * (r10 * x + r11 * y) + ty;
        }
        return out;
    }

    public FloatMatrix apply(FloatMatrix points) {
        float[] out = new float[points.data().length];
        for (int i = 0; i < points.rows(); i++) {
            double x = points.get(i, 0);
            double y = points.get(i, 1);
            out[2 * i] = (float) (scale * (r00 * x + r01 * y) + tx);
            out[2 * i + 1] = (float) (scale * (r10 * x + r11 * y) + ty);
        }
        return new FloatMatrix(points.rows(), 2, out);
    }

    /** True when R is a reflection (determinant -1). */
    public boolean reflects() {
        return r00 * r11 - r01 * r10 < 0;
    }
}
