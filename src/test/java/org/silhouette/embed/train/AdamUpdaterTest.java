package org.silhouette.embed.train;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import org.junit.jupiter.api.Test;
import org.silhouette.embed.head.GradMode;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdamUpdaterTest {

    /** Three steps against Kingma &amp; Ba's Algorithm 1 evaluated by hand in double precision. */
    @Test
    void matchesTheAdamRecurrence() {
        double[] w = {1, -2, 3};
        double[][] grads = {{0.5, -1, 2}, {0.1, 0.3, -4}, {-0.2, 0, 1}};
        double lr = 0.01;
        double[] m = new double[3];
        double[] v = new double[3];
        double[] expected = w.clone();
        for (int t = 1; t <= 3; t++) {
            for (int i = 0; i < 3; i++) {
                double g = grads[t - 1][i];
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                expected[i] -= lr * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            Parameter p = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).optShape(new Shape(3)).build();
            p.setInitializer(Initializer.ZEROS);
            p.initialize(manager, DataType.FLOAT32);
            p.getArray().set(new float[] {1, -2, 3});
            AdamUpdater adam = new AdamUpdater();
            for (double[] g : grads) {
                try (NDManager scope = manager.newSubManager()) {
                    // Scaled by 2 and halved again through gradScale: the clipping path must be exact too.
                    float[][] ga = {{(float) (2 * g[0]), (float) (2 * g[1]), (float) (2 * g[2])}};
                    GradMode.run(false, () -> adam.step(List.of(p), ga, 0.5f, (float) lr, scope));
                }
            }
            assertEquals(3, adam.steps());
            float[] got = p.getArray().toFloatArray();
            for (int i = 0; i < 3; i++) {
                assertEquals(expected[i], got[i], 1e-6, "weight " + i);
            }
        }
    }
}
