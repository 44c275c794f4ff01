package org.silhouette.experiment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonTest {
    private static final int CLASSES = 10;

    /** What many reviewed lassos added up to. */
    private record Tally(long minority, long minorityKept, long majority, long majorityKept, long lassos,
            long wrongNames) {
        double removedShare() {
            return 1 - minorityKept / (double) minority;
        }

        double wrongNameRate() {
            return wrongNames / (double) lassos;
        }
    }

    /**
     * {@code lassos} random lassos of 20–60 members, 50–90 % of one class and the rest spread over the others,
     * each named by the person; counts what was kept and how often the name was wrong.
     */
    private static Tally review(Person person, int lassos, long seed) {
        SplittableRandom world = new SplittableRandom(seed);
        SplittableRandom eyes = new SplittableRandom(seed + 1);
        long minority = 0, minorityKept = 0, majority = 0, majorityKept = 0, wrong = 0;
        for (int l = 0; l < lassos; l++) {
            int size = 20 + world.nextInt(41);
            int main = world.nextInt(CLASSES);
            double purity = 0.5 + 0.4 * world.nextDouble();
            int[] truth = new int[size];
            for (int i = 0; i < size; i++) {
                truth[i] = i < Math.ceil(purity * size) ? main : (main + 1 + world.nextInt(CLASSES - 1)) % CLASSES;
            }
            int[] members = new int[size];
            Arrays.setAll(members, i -> i);
            int name = Annotator.majority(members, truth, CLASSES);
            Person.Naming n = person.name(members, truth, CLASSES, eyes);
            assertTrue(n.label() >= 0 && n.label() < CLASSES);
            wrong += n.label() != name ? 1 : 0;
            for (int i : members) {
                boolean kept = Arrays.binarySearch(n.members(), i) >= 0;
                if (truth[i] == name) {
                    majority++;
                    majorityKept += kept ? 1 : 0;
                } else {
                    minority++;
                    minorityKept += kept ? 1 : 0;
                }
            }
        }
        return new Tally(minority, minorityKept, majority, majorityKept, lassos, wrong);
    }

    /**
     * Over 20,000 lassos (about 200,000 minority members) the realistic person deselects 70 % of the minority
     * (binomial sd 0.001, so ±0.01 is ten sd) and misnames 2 % of the lassos (sd 0.001, ±0.004 is four sd).
     */
    @Test
    void theRealisticPersonRemovesAbout70PercentOfTheMinorityAndMisnames2PercentOfLassos() {
        Tally t = review(Person.REALISTIC, 20_000, 11);
        assertTrue(t.minority() > 100_000, "enough minority members: " + t.minority());
        assertEquals(0.70, t.removedShare(), 0.01, "share of the minority deselected");
        assertEquals(0.02, t.wrongNameRate(), 0.004, "share of lassos named wrongly");
        assertEquals(t.majority(), t.majorityKept(), "members of the majority class always stay selected");
    }

    @Test
    void theCarefulPersonRemovesTheWholeMinorityAndTheHastyOneNone() {
        Tally careful = review(Person.CAREFUL, 2_000, 5);
        assertEquals(0, careful.minorityKept());
        assertEquals(0, careful.wrongNames());
        assertEquals(careful.majority(), careful.majorityKept());
        Tally hasty = review(Person.HASTY, 2_000, 5);
        assertEquals(hasty.minority(), hasty.minorityKept());
        assertEquals(0, hasty.wrongNames());
    }

    @Test
    void aWrongNameIsAnyOtherClassNeverTheRightOne() {
        Person always = new Person("test", 0.7, 0.999);
        SplittableRandom eyes = new SplittableRandom(3);
        int[] truth = {4, 4, 4, 1};
        int[] seen = new int[CLASSES];
        for (int k = 0; k < 9_000; k++) {
            seen[always.name(new int[] {0, 1, 2, 3}, truth, CLASSES, eyes).label()]++;
        }
        for (int c = 0; c < CLASSES; c++) {
            if (c == 4) {
                assertTrue(seen[c] < 30, "the right name is rare: " + seen[c]);
            } else {
                assertEquals(1000, seen[c], 150, "each wrong class about equally often: " + Arrays.toString(seen));
            }
        }
    }

    @Test
    void acceptingALassosSuggestionsDeselectsWrongOnesAsThoroughlyAsTheMinority() {
        int[] truth = {0, 0, 1, 1, 2};
        int[] suggested = {0, 1, 1, 0, -1}; // rows 1 and 3 wrong, row 4 has none
        int[] members = {0, 1, 2, 3, 4};
        SplittableRandom eyes = new SplittableRandom(1);
        assertArrayEquals(new int[] {0, 2, 4}, Person.CAREFUL.acceptable(members, truth, suggested, eyes));
        assertArrayEquals(members, Person.HASTY.acceptable(members, truth, suggested, eyes));

        int n = 50_000;
        int[] t = new int[n];
        int[] s = new int[n];
        int[] m = new int[n];
        for (int i = 0; i < n; i++) {
            m[i] = i;
            s[i] = i % 2; // every other suggestion wrong
        }
        int[] kept = Person.REALISTIC.acceptable(m, t, s, eyes);
        long wrongKept = Arrays.stream(kept).filter(i -> s[i] != t[i]).count();
        assertEquals(n / 2, Arrays.stream(kept).filter(i -> s[i] == t[i]).count(), "right suggestions all kept");
        assertEquals(0.30, wrongKept / (n / 2.0), 0.015, "about 30 % of the wrong suggestions slip through");
    }

    @Test
    void theSameSeedGivesTheSameReview() {
        Tally a = review(Person.REALISTIC, 500, 9);
        Tally b = review(Person.REALISTIC, 500, 9);
        assertEquals(a, b);
        assertNotEquals(a, review(Person.REALISTIC, 500, 10));
    }

    @Test
    void namesParseInAnyCaseAndAnUnknownNameSaysTheValidOnes() {
        assertSame(Person.REALISTIC, Person.parse(" Realistic "));
        assertSame(Person.CAREFUL, Person.parse("careful"));
        assertSame(Person.HASTY, Person.parse("HASTY"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Person.parse("sloppy"));
        assertTrue(e.getMessage().contains("careful, realistic, hasty"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Person("x", 1.2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Person("x", 0.5, 1.0));
    }
}
