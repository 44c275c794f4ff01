package org.silhouette.experiment;

import org.silhouette.core.Shuffle;

import java.util.SplittableRandom;

/**
 * What the simulated person does with a lassoed group once they look at its thumbnails (the only place the
 * true labels are used: the group itself was chosen on the map alone).
 */
public final class Annotator {
    private Annotator() {
    }

    /** The most frequent true class among the members (ties: the lower class id). */
    public static int majority(int[] members, int[] truth, int classes) {
        int[] count = new int[classes];
        for (int i : members) {
            count[truth[i]]++;
        }
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (count[c] > count[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Names every given member with one label (the {@link Person} chose which members stay selected). */
    public static void name(int[] labels, int[] members, int label) {
        for (int i : members) {
            labels[i] = label;
        }
    }

    /** Members whose label would be right after naming them all {@code label}. */
    public static int correctIfNamed(int[] members, int[] truth, int label) {
        int right = 0;
        for (int i : members) {
            right += truth[i] == label ? 1 : 0;
        }
        return right;
    }

    /** Members whose suggested label is right (a member without a suggestion is not). */
    public static int correctIfAccepted(int[] members, int[] truth, int[] suggested) {
        int right = 0;
        for (int i : members) {
            right += suggested[i] >= 0 && suggested[i] == truth[i] ? 1 : 0;
        }
        return right;
    }

    /** Accepts the suggestions of the members that have one; returns how many got a label. */
    public static int accept(int[] labels, int[] members, int[] suggested) {
        int n = 0;
        for (int i : members) {
            if (suggested[i] >= 0) {
                labels[i] = suggested[i];
                n++;
            }
        }
        return n;
    }

    /**
     * The person's spot check before accepting every suggestion at once: look at {@code sample} random
     * unlabelled images (or all, if fewer) and count the wrong suggestions. A missing suggestion is wrong.
     *
     * @return true when at most {@code allowedWrong} of them are wrong
     */
    public static boolean spotCheckPasses(int[] labels, int[] suggested, int[] truth, int sample, int allowedWrong,
            SplittableRandom random) {
        return spotCheckPasses(spotCheckSample(labels, sample, random), suggested, truth, allowedWrong);
    }

    /** Whether the images {@code seen} in a spot check hold at most {@code allowedWrong} wrong suggestions. */
    static boolean spotCheckPasses(int[] seen, int[] suggested, int[] truth, int allowedWrong) {
        int wrong = 0;
        for (int i : seen) {
            wrong += suggested[i] == truth[i] ? 0 : 1;
        }
        return seen.length > 0 && wrong <= allowedWrong;
    }

    /** The unlabelled rows a spot check of {@code sample} images looks at, drawn without replacement. */
    static int[] spotCheckSample(int[] labels, int sample, SplittableRandom random) {
        int unlabelled = 0;
        for (int l : labels) {
            unlabelled += l < 0 ? 1 : 0;
        }
        int[] pool = new int[unlabelled];
        int m = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                pool[m++] = i;
            }
        }
        return Shuffle.sample(pool, sample, random);
    }
}
