package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.layout.Knn;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What the suggestions would say of the images the user has labelled: the labelled images are dealt into
 * {@value #FOLDS} seeded folds, each fold is held out of the label spreading in turn, and each held-out image
 * gets the label spread to it from the others (the raw winner, uncalibrated). A labelled image's own suggestion
 * is its label, so only held out does the spreading say whether it agrees.
 */
final class HeldOutSuggestions {

    static final int FOLDS = 10;
    private static final long SEED = 0xc0f_5e5L;

    private HeldOutSuggestions() {
    }

    /**
     * The held-out suggestion of every labelled row (-1 where no label reaches it) and -1 for unlabelled rows.
     *
     * @param labels label id per row of {@code embedding}, -1 for none
     */
    static int[] of(FloatMatrix embedding, int[] labels, Suggestions.Options options, Cancellation cancel) {
        int n = embedding.rows();
        if (labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " rows");
        }
        int[] out = new int[n];
        Arrays.fill(out, -1);
        int[] ids = Labels.distinctIds(labels);
        int[] dense = Labels.dense(labels, ids);
        int[] known = IntStream.range(0, n).filter(i -> dense[i] >= 0).toArray();
        if (known.length < 2 || n < 2) {
            return out; // one labelled image held out leaves nothing to spread
        }
        Suggestions.Graph g = Suggestions.Graph.of(Knn.of(embedding, Math.min(options.neighbors(), n - 1), 2, cancel));
        org.silhouette.core.Shuffle.inPlace(known, new SplittableRandom(SEED));
        int folds = Math.min(FOLDS, known.length);
        for (int f = 0; f < folds; f++) {
            int[] rest = dense.clone();
            for (int m = f; m < known.length; m += folds) {
                rest[known[m]] = -1;
            }
            Suggestions.Scores s = Suggestions.Scores.of(Suggestions.spread(g, rest, ids.length, options, cancel), n,
                    ids.length);
            for (int m = f; m < known.length; m += folds) {
                int i = known[m];
                out[i] = s.arg()[i] >= 0 ? ids[s.arg()[i]] : -1;
            }
        }
        return out;
    }
}
