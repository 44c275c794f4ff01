package org.silhouette.layout;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcrustesTest {

    private static double[] cloud(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] p = new double[2 * n];
        for (int i = 0; i < p.length; i++) {
            p[i] = r.nextDouble() * 10 - 5;
        }
        return p;
    }

    /** to = s R from + t, with R a rotation by theta, or that rotation after a flip of the y axis. */
    private static double[] transform(double[] from, double s, double theta, boolean flip, double tx, double ty) {
        double[] out = new double[from.length];
        for (int i = 0; i < from.length / 2; i++) {
            double x = from[2 * i];
            double y = flip ? -from[2 * i + 1] : from[2 * i + 1];
            out[2 * i] = s * (Math.cos(theta) * x - Math.sin(theta) * y) + tx;
            out[2 * i + 1] = s * (Math.sin(theta) * x + Math.cos(theta) * y) + ty;
        }
        return out;
    }

    @Test
    void recoversARotatedScaledShiftedCopy() {
        double[] a = cloud(40, 1);
        double[] b = transform(a, 2.5, 2.2, false, 3, -7);
        Procrustes p = Procrustes.fit(a, b);
        assertEquals(2.5, p.scale(), 1e-9);
        assertFalse(p.reflects());
        assertEquals(Math.cos(2.2), p.r00(), 1e-9);
        assertEquals(Math.sin(2.2), p.r10(), 1e-9);
        assertArrayEquals(b, p.apply(a), 1e-9);
    }

    @Test
    void undoesAFlip() {
        double[] a = cloud(40, 2);
        double[] b = transform(a, 0.3, -1.0, true, 0, 100);
        Procrustes p = Procrustes.fit(a, b);
        assertTrue(p.reflects());
        assertEquals(0.3, p.scale(), 1e-9);
        assertArrayEquals(b, p.apply(a), 1e-9);
    }

    @Test
    void noisyCopyIsTheLeastSquaresFit() {
        double[] a = cloud(200, 3);
        double[] b = transform(a, 1.7, 0.4, false, 1, 1);
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < b.length; i++) {
            b[i] += (r.nextDouble() - 0.5) * 0.2;
        }
        Procrustes p = Procrustes.fit(a, b);
        double best = sse(p.apply(a), b);
        // Nudging any parameter must not lower the squared error.
        for (double dt : new double[] {-1e-3, 1e-3}) {
            double th = Math.atan2(p.r10(), p.r00()) + dt;
            Procrustes q = new Procrustes(p.scale(), Math.cos(th), -Math.sin(th), Math.sin(th), Math.cos(th), p.tx(), p.ty());
            assertTrue(sse(q.apply(a), b) >= best);
            Procrustes s = new Procrustes(p.scale() + dt, p.r00(), p.r01(), p.r10(), p.r11(), p.tx(), p.ty());
            assertTrue(sse(s.apply(a), b) >= best);
            Procrustes t = new Procrustes(p.scale(), p.r00(), p.r01(), p.r10(), p.r11(), p.tx() + dt, p.ty());
            assertTrue(sse(t.apply(a), b) >= best);
        }
    }

    @Test
    void degenerateSourceOnlyShifts() {
        double[] a = {1, 1, 1, 1, 1, 1};
        double[] b = {0, 0, 2, 0, 4, 3};
        Procrustes p = Procrustes.fit(a, b);
        assertEquals(1, p.scale());
        double[] c = p.apply(a);
        assertEquals(2, c[0], 1e-12);
        assertEquals(1, c[1], 1e-12);
    }

    private static double sse(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }
}
