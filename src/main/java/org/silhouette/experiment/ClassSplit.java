package org.silhouette.experiment;

import org.silhouette.core.UserError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The classes a head is trained on (seen) and the disjoint classes it is judged on (unseen). The split
 * depends only on the sorted class names, the fraction and the seed, so a seed names one split.
 *
 * @param seen the training classes, sorted by name
 * @param unseen the evaluation classes, sorted by name; no name is in both lists
 */
public record ClassSplit(List<String> seen, List<String> unseen) {

    public ClassSplit {
        seen = List.copyOf(seen);
        unseen = List.copyOf(unseen);
        for (String s : seen) {
            if (unseen.contains(s)) {
                throw new IllegalArgumentException("class " + s + " is both seen and unseen");
            }
        }
    }

    /**
     * Shuffles the sorted names with the seed and keeps the first round(fraction × C) as seen. Both sides
     * need at least two classes: training separates classes, and the metrics compare them.
     */
    public static ClassSplit of(List<String> classes, double seenFraction, long seed) {
        if (!(seenFraction > 0 && seenFraction < 1)) {
            throw new UserError("The share of seen classes must be strictly between 0 and 1, got " + seenFraction + ".");
        }
        List<String> names = new ArrayList<>(classes.stream().distinct().sorted().toList());
        int seenCount = (int) Math.round(seenFraction * names.size());
        if (seenCount < 2 || names.size() - seenCount < 2) {
            throw new UserError("An unseen-class split needs at least two seen and two unseen classes, but "
                    + names.size() + " classes with a seen share of " + seenFraction + " give " + seenCount
                    + " seen and " + (names.size() - seenCount) + " unseen.");
        }
        Collections.shuffle(names, new Random(seed));
        List<String> seen = new ArrayList<>(names.subList(0, seenCount));
        List<String> unseen = new ArrayList<>(names.subList(seenCount, names.size()));
        Collections.sort(seen);
        Collections.sort(unseen);
        return new ClassSplit(seen, unseen);
    }
}
