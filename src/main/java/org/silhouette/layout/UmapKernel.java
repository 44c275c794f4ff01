package org.silhouette.layout;

/**
 * The SGD's two gradient coefficients as functions of the squared distance d², tabulated: the optimiser
 * evaluates them about a million times per epoch, and a table lookup replaces a log and an exp.
 *
 * <p>attractive(d²) = -2ab d^(2(b-1)) / (1 + a d^(2b)), repulsive(d²) = 2γb / ((ε + d²)(1 + a d^(2b)))
 * with ε = 0.001 (McInnes, Healy &amp; Melville 2018, appendix on the cross-entropy gradients). The
 * table is indexed by the top bits of d²'s float representation (exponent and 7 mantissa bits, so a
 * relative step of 1/128 and two 20 KB tables that stay in L1) and stores each bucket's midpoint value;
 * outside [2^-20, 2^20) the exact formula is used.
 */
final class UmapKernel {
    private static final int MANTISSA_BITS = 7;
    private static final int SHIFT = 23 - MANTISSA_BITS;
    private static final int LO_EXP = -20;
    private static final int HI_EXP = 20;
    private static final double LO = Math.scalb(1.0, LO_EXP);
    private static final double HI = Math.scalb(1.0, HI_EXP);
    private static final int BASE = (127 + LO_EXP) << MANTISSA_BITS;
    static final double REPULSION_EPS = 0.001;

    private final double a;
    private final double b;
    private final double gamma;
    private final float[] attractive;
    private final float[] repulsive;

    UmapKernel(UmapCurve curve, double gamma) {
        this.a = curve.a();
        this.b = curve.b();
        this.gamma = gamma;
        int size = (HI_EXP - LO_EXP) << MANTISSA_BITS;
        attractive = new float[size];
        repulsive = new float[size];
        for (int t = 0; t < size; t++) {
            int bits = ((t + BASE) << SHIFT) | (1 << (SHIFT - 1));
            double d2 = Float.intBitsToFloat(bits);
            attractive[t] = (float) attractiveExact(d2);
            repulsive[t] = (float) repulsiveExact(d2);
        }
    }

    double attractive(double d2) {
        if (d2 >= LO && d2 < HI) {
            return attractive[(Float.floatToRawIntBits((float) d2) >>> SHIFT) - BASE];
        }
        return attractiveExact(d2);
    }

    double repulsive(double d2) {
        if (d2 >= LO && d2 < HI) {
            return repulsive[(Float.floatToRawIntBits((float) d2) >>> SHIFT) - BASE];
        }
        return repulsiveExact(d2);
    }

    double attractiveExact(double d2) {
        double pb = Math.exp(b * Math.log(d2));
        return -2 * a * b * (pb / d2) / (a * pb + 1);
    }

    double repulsiveExact(double d2) {
        double pb = Math.exp(b * Math.log(d2));
        return 2 * gamma * b / ((REPULSION_EPS + d2) * (a * pb + 1));
    }
}
