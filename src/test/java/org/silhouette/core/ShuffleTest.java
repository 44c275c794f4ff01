package org.silhouette.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ShuffleTest {

    @Test
    void aSeedGivesOnePermutationWhateverTheContainer() {
        int[] order = Shuffle.order(50, new SplittableRandom(3));
        assertArrayEquals(order, Shuffle.order(50, new SplittableRandom(3)), "same seed, same order");
        assertNotEquals(Arrays.toString(order), Arrays.toString(Shuffle.order(50, new SplittableRandom(4))));
        assertArrayEquals(java.util.stream.IntStream.range(0, 50).toArray(), Arrays.stream(order).sorted().toArray(),
                "a permutation");
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            list.add(i);
        }
        Shuffle.inPlace(list, new SplittableRandom(3));
        assertEquals(Arrays.stream(order).boxed().toList(), list, "a list is shuffled with the same draws");
    }

    @Test
    void theDrawsAreFisherYatesFromTheLastIndexDown() {
        // what the loops this replaced drew, so seeded runs keep their results
        Random r = new Random(9);
        int[] expected = {0, 1, 2, 3, 4, 5};
        for (int i = expected.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = expected[i];
            expected[i] = expected[j];
            expected[j] = t;
        }
        int[] a = {0, 1, 2, 3, 4, 5};
        Shuffle.inPlace(a, new Random(9));
        assertArrayEquals(expected, a);
    }

    @Test
    void aSampleIsDrawnWithoutReplacementFromTheFront() {
        int[] pool = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        // what the crash trials' and the spot check's own loops drew (i + nextInt(n - i) from the front), so
        // seeded runs keep their picks
        assertArrayEquals(new int[] {19, 12, 18, 13}, Shuffle.sample(pool.clone(), 4, new Random(9)));
        assertArrayEquals(new int[] {17, 14, 18, 10}, Shuffle.sample(pool.clone(), 4, new SplittableRandom(9)));
        int[] all = Shuffle.sample(pool.clone(), 25, new SplittableRandom(2));
        assertArrayEquals(pool, Arrays.stream(all).sorted().toArray(), "asking for more than there is takes all");
        assertEquals(0, Shuffle.sample(new int[0], 3, new SplittableRandom(2)).length);
    }
}
