package org.silhouette.harness.bench;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.layout.Knn;
import org.silhouette.layout.NnDescent;
import org.silhouette.metrics.Neighbours;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Exact against NN-descent k-NN on synthetic clustered data (issues 10 and 12): {@code java -cp
 * 'target/silhouette.jar:target/lib/*' org.silhouette.harness.bench.KnnProbe [n,n,...] [d,d,...] [k]
 * [exactMaxRows]
 * [isotropic|decaying]}. Per (n, d) prints wall and process CPU seconds of both searches, the recall@k of NN-descent
 * and the load average. Up to {@code exactMaxRows} rows the exact search runs whole; above, recall is taken on
 * 1,000 random rows against their exact neighbours found by a plain scan, and the exact time is not measured.
 */
public final class KnnProbe {
    private static final int SAMPLE = 1000;

    private KnnProbe() {
    }

    public static void main(String[] args) {
        int[] sizes = ints(args.length > 0 ? args[0] : "20000,50000,100000");
        int[] dims = ints(args.length > 1 ? args[1] : "16,32,128");
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 14;
        int exactMax = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
        boolean decaying = args.length > 4 && args[4].equals("decaying");
        int threads = 2;
        System.out.println("| n | d | k | exact wall s | exact CPU s | NN-descent wall s | NN-descent CPU s"
                + " | recall@k | rows checked | load before → after |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (int d : dims) {
            for (int n : sizes) {
                FloatMatrix x = clusters(n, d, 20, decaying, 1);
                double load0 = load();
                long w0 = System.nanoTime();
                long c0 = cpu();
                Knn approx = NnDescent.search(x, k, 1, threads, Cancellation.NEVER);
                double approxWall = (System.nanoTime() - w0) / 1e9;
                double approxCpu = (cpu() - c0) / 1e9;
                String exactWall = "–";
                String exactCpu = "–";
                double recall;
                int checked;
                if ((long) n <= exactMax) {
                    w0 = System.nanoTime();
                    c0 = cpu();
                    Knn exact = Knn.exact(x, k, threads, Cancellation.NEVER);
                    exactWall = f((System.nanoTime() - w0) / 1e9);
                    exactCpu = f((cpu() - c0) / 1e9);
                    recall = recall(approx, exact.indices(), null);
                    checked = n;
                } else {
                    int[] rows = new SplittableRandom(3).ints(0, n).distinct().limit(SAMPLE).toArray();
                    recall = recall(approx, scan(x, rows, k), rows);
                    checked = rows.length;
                }
                System.out.printf(Locale.ROOT, "| %,d | %d | %d | %s | %s | %s | %s | %.4f | %,d | %.1f → %.1f |%n",
                        n, d, k, exactWall, exactCpu, f(approxWall), f(approxCpu), recall, checked, load0, load());
            }
        }
    }

    /**
     * Gaussian clusters: centres drawn N(0, 4²) per axis, points around them with unit noise per axis, cluster
     * sizes uneven (cluster of row i drawn at random). Decaying: axis j then scaled by 1/sqrt(1 + j), so the
     * variance falls off as 1/(1 + j) as it does over principal components; else every axis alike (isotropic).
     */
    static FloatMatrix clusters(int n, int d, int clusters, boolean decaying, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] centre = new float[clusters][d];
        for (float[] c : centre) {
            for (int j = 0; j < d; j++) {
                c[j] = (float) (4 * gaussian(r));
            }
        }
        float[] data = new float[n * d];
        for (int i = 0; i < n; i++) {
            float[] c = centre[r.nextInt(clusters)];
            for (int j = 0; j < d; j++) {
                double scale = decaying ? 1 / Math.sqrt(1 + j) : 1;
                data[i * d + j] = (float) (scale * (c[j] + gaussian(r)));
            }
        }
        return new FloatMatrix(n, d, data);
    }

    /** Exact neighbours of the given rows by a plain double-precision scan. */
    private static int[] scan(FloatMatrix x, int[] rows, int k) {
        int n = x.rows();
        int d = x.cols();
        float[] data = x.data();
        int[] out = new int[rows.length * k];
        java.util.stream.IntStream.range(0, rows.length).parallel().forEach(q -> {
            int i = rows[q];
            double[] distances = new double[n];
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    double t = data[i * d + c] - data[j * d + c];
                    s += t * t;
                }
                distances[j] = s;
            }
            System.arraycopy(new Neighbours(k).nearest(i, distances, k), 0, out, q * k, k);
        });
        return out;
    }

    /** Share of the exact neighbours found; rows null means every row, else exact holds those rows only. */
    private static double recall(Knn approx, int[] exact, int[] rows) {
        int k = approx.k();
        int m = exact.length / k;
        long hits = 0;
        for (int q = 0; q < m; q++) {
            int i = rows == null ? q : rows[q];
            for (int p = 0; p < k; p++) {
                int want = exact[q * k + p];
                for (int s = 0; s < k; s++) {
                    if (approx.indices()[i * k + s] == want) {
                        hits++;
                        break;
                    }
                }
            }
        }
        return (double) hits / ((long) m * k);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static int[] ints(String csv) {
        return java.util.Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
