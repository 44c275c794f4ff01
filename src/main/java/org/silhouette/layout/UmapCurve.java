package org.silhouette.layout;

/**
 * UMAP's low-dimensional similarity 1 / (1 + a d^(2b)), with a and b chosen by least squares so the curve
 * follows 1 up to {@code minDist} and exp(-(d - minDist) / spread) beyond it, sampled at 300 points on
 * [0, 3 spread] (McInnes, Healy &amp; Melville 2018, section 4.2 / appendix). Solved by Levenberg–Marquardt.
 */
public record UmapCurve(double a, double b) {
    private static final int SAMPLES = 300;

    public static UmapCurve fit(double spread, double minDist) {
        double[] x = new double[SAMPLES];
        double[] y = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = 3 * spread * i / (SAMPLES - 1);
            y[i] = x[i] < minDist ? 1 : Math.exp(-(x[i] - minDist) / spread);
        }
        double a = 1;
        double b = 1;
        double lambda = 1e-3;
        double cost = cost(x, y, a, b);
        for (int iter = 0; iter < 500; iter++) {
            // Normal equations of the 2-parameter Gauss–Newton step, damped by lambda.
            double jaa = 0;
            double jab = 0;
            double jbb = 0;
            double ga = 0;
            double gb = 0;
            for (int i = 0; i < SAMPLES; i++) {
                if (x[i] == 0) {
                    continue; // curve is 1 there whatever a and b are
                }
                double p = Math.pow(x[i], 2 * b);
                double q = 1 + a * p;
                double r = 1 / q - y[i];
                double da = -p / (q * q);
                double db = -a * p * 2 * Math.log(x[i]) / (q * q);
                jaa += da * da;
                jab += da * db;
                jbb += db * db;
                ga += da * r;
                gb += db * r;
            }
            double maa = jaa * (1 + lambda);
            double mbb = jbb * (1 + lambda);
            double det = maa * mbb - jab * jab;
            if (det == 0 || !Double.isFinite(det)) {
                break;
            }
            double stepA = -(mbb * ga - jab * gb) / det;
            double stepB = -(maa * gb - jab * ga) / det;
            double na = a + stepA;
            double nb = b + stepB;
            double newCost = na > 0 && nb > 0 ? cost(x, y, na, nb) : Double.POSITIVE_INFINITY;
            if (newCost < cost) {
                boolean converged = cost - newCost < 1e-15 * Math.max(1, cost);
                a = na;
                b = nb;
                cost = newCost;
                lambda = Math.max(lambda / 10, 1e-12);
                if (converged) {
                    break;
                }
            } else {
                lambda *= 10;
                if (lambda > 1e12) {
                    break;
                }
            }
        }
        return new UmapCurve(a, b);
    }

    private static double cost(double[] x, double[] y, double a, double b) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double r = 1 / (1 + a * Math.pow(x[i], 2 * b)) - y[i];
            s += r * r;
        }
        return s;
    }
}
