package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.core.FloatMatrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LayoutSpaceTest {

    @Test
    void eachBlockIsScaledToUnitMeanSquaredNormThenWeighted() {
        // head rows have squared norms 9+16=25 and 0: mean 12.5; anchor rows 4 and 4: mean 4
        FloatMatrix head = FloatMatrix.of(new float[][] {{3, 4}, {0, 0}});
        FloatMatrix anchor = FloatMatrix.of(new float[][] {{2}, {-2}});
        FloatMatrix space = LayoutSpace.blend(head, anchor, 3);
        assertEquals(3, space.cols());
        double h = 1 / Math.sqrt(12.5);
        assertArrayEquals(new float[] {(float) (3 * h), (float) (4 * h), 3f}, space.row(0), 1e-6f);
        assertArrayEquals(new float[] {0f, 0f, -3f}, space.row(1), 1e-6f);
    }

    @Test
    void anAllZeroBlockStaysZeroInsteadOfNaN() {
        FloatMatrix head = FloatMatrix.of(new float[][] {{0, 0}, {0, 0}});
        FloatMatrix anchor = FloatMatrix.of(new float[][] {{1}, {1}});
        FloatMatrix space = LayoutSpace.blend(head, anchor, 1);
        assertArrayEquals(new float[] {0f, 0f, 1f}, space.row(1), 0f);
    }

    @Test
    void rowsMustMatch() {
        assertThrows(IllegalArgumentException.class, () -> LayoutSpace.blend(
                FloatMatrix.of(new float[][] {{1}}), FloatMatrix.of(new float[][] {{1}, {2}}), 1));
    }
}
