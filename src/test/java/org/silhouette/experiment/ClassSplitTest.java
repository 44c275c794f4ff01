package org.silhouette.experiment;

import org.junit.jupiter.api.Test;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassSplitTest {
    private static final List<String> TEN = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");

    @Test
    void seenAndUnseenPartitionTheClasses() {
        for (long seed = 0; seed < 20; seed++) {
            ClassSplit s = ClassSplit.of(TEN, 0.5, seed);
            Set<String> seen = new HashSet<>(s.seen());
            for (String u : s.unseen()) {
                assertFalse(seen.contains(u), "class " + u + " leaked, seed " + seed);
            }
            Set<String> all = new HashSet<>(s.seen());
            all.addAll(s.unseen());
            assertEquals(new HashSet<>(TEN), all);
        }
    }

    @Test
    void aSeedNamesOneSplitWhateverTheInputOrder() {
        List<String> shuffled = new ArrayList<>(TEN);
        java.util.Collections.reverse(shuffled);
        assertEquals(ClassSplit.of(TEN, 0.5, 7), ClassSplit.of(shuffled, 0.5, 7));
        Set<List<String>> distinct = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            distinct.add(ClassSplit.of(TEN, 0.5, seed).seen());
        }
        assertTrue(distinct.size() >= 5, "seeds should give different splits, got " + distinct);
    }

    @Test
    void theFractionIsHonoured() {
        assertEquals(5, ClassSplit.of(TEN, 0.5, 1).seen().size());
        assertEquals(3, ClassSplit.of(TEN, 0.3, 1).seen().size());
        assertEquals(8, ClassSplit.of(TEN, 0.8, 1).seen().size());
        assertEquals(2, ClassSplit.of(TEN, 0.8, 1).unseen().size());
        assertEquals(50, ClassSplit.of(names(100), 0.5, 3).seen().size());
    }

    @Test
    void splitsThatLeaveASideWithFewerThanTwoClassesAreRefused() {
        assertThrows(UserError.class, () -> ClassSplit.of(TEN, 0.1, 0));
        assertThrows(UserError.class, () -> ClassSplit.of(TEN, 0.9, 0));
        assertThrows(UserError.class, () -> ClassSplit.of(List.of("a", "b", "c"), 0.5, 0));
        assertThrows(UserError.class, () -> ClassSplit.of(TEN, 0, 0));
        assertThrows(UserError.class, () -> ClassSplit.of(TEN, 1, 0));
        assertThrows(UserError.class, () -> ClassSplit.of(TEN, Double.NaN, 0));
    }

    @Test
    void restrictingKeepsOnlyTheNamedClassesRenumbered() {
        // rows cycle through the ten classes; the feature value records the original class
        int n = 40;
        float[] x = new float[n];
        int[] labels = new int[n];
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
            x[i] = labels[i];
            paths.add(Path.of(TEN.get(labels[i]), i + ".png"));
        }
        LabelledFeatures all = new LabelledFeatures(new FloatMatrix(n, 1, x), labels, paths, TEN);
        ClassSplit s = ClassSplit.of(TEN, 0.5, 4);
        LabelledFeatures seen = all.restrictTo(s.seen());
        LabelledFeatures unseen = all.restrictTo(s.unseen());
        assertEquals(20, seen.rows());
        assertEquals(20, unseen.rows());
        assertEquals(s.seen(), seen.classes());
        for (int i = 0; i < seen.rows(); i++) {
            String original = TEN.get((int) seen.features().get(i, 0));
            assertEquals(original, seen.classes().get(seen.labels()[i]));
            assertTrue(s.seen().contains(original));
            assertEquals(original, seen.paths().get(i).getParent().toString());
        }
        for (int i = 0; i < unseen.rows(); i++) {
            assertFalse(s.seen().contains(TEN.get((int) unseen.features().get(i, 0))));
        }
    }

    private static List<String> names(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(String.format("c%03d", i));
        }
        return out;
    }
}
