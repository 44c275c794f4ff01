package org.silhouette.embed;

import org.junit.jupiter.api.Test;
import org.silhouette.core.FloatMatrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureSlotsTest {

    private static float[] row(int input) {
        return new float[] {input, 10 * input, 100 * input};
    }

    @Test
    void everyInputFilledBecomesTheMatrixWithoutACopy() {
        FeatureSlots s = new FeatureSlots(4, 3);
        for (int i = 3; i >= 0; i--) { // batches may fill in any order; the rows keep input order
            s.put(i, row(i));
        }
        FloatMatrix m = s.compact();
        assertSame(s.matrix().data(), m.data(), "no second n×d buffer when nothing failed");
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(row(i), m.row(i));
        }
    }

    @Test
    void failedInputsLeaveNoRowAndTheOthersMoveUpInOrder() {
        FeatureSlots s = new FeatureSlots(6, 3);
        int[] ok = {1, 2, 4};
        for (int i : ok) {
            s.put(i, row(i));
        }
        assertTrue(s.has(2));
        assertFalse(s.has(3));
        FloatMatrix m = s.compact();
        assertEquals(3, m.rows());
        assertEquals(9, m.data().length);
        for (int r = 0; r < ok.length; r++) {
            assertArrayEquals(row(ok[r]), m.row(r), "row " + r + " is input " + ok[r]);
        }
    }
}
