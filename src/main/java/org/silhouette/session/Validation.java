package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.Shuffle;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.train.HeadTrainer;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.embed.train.TrainResult;
import org.silhouette.metrics.Retrieval;
import org.silhouette.metrics.RetrievalScores;
import org.silhouette.metrics.Silhouette;
import org.silhouette.metrics.SilhouetteScores;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The quality panel's numbers, honestly held out: one fold of the labelled images (a different fold each
 * round) is hidden from a fresh head trained like the map's, and the scores are measured on that fold
 * alone. The map's own head saw every label, so its numbers would flatter it.
 */
public final class Validation {
    /** Folds the labelled images are dealt into; round r holds out fold r mod FOLDS. */
    public static final int FOLDS = 5;

    private Validation() {
    }

    /**
     * @param perLabel mean silhouette of each label's held-out images, by label id (labels with fewer than two
     *     held-out images are absent)
     * @param message why there are no scores, or null when there are
     */
    public record Quality(int fold, int heldOut, double precisionAt1, double mapAtR, Map<Integer, Double> perLabel,
            String message) {

        static Quality unavailable(int fold, int heldOut, String why) {
            return new Quality(fold, heldOut, Double.NaN, Double.NaN, Map.of(), why);
        }

        public boolean available() {
            return message == null;
        }
    }

    public static Quality run(FloatMatrix features, int[] labels, LoopOptions options, int round, Progress progress,
            Cancellation cancel) {
        int[] foldOf = deal(labels, options.seed());
        int first = Math.floorMod(round, FOLDS);
        int fold = -1;
        int[] train = null;
        int[] heldRows = null;
        // The round's own fold first; when it cannot be measured (a small label has no pair in it), the next
        // fold that can, so small labels do not hide the figures on some rounds and not on others.
        for (int k = 0; k < FOLDS && fold < 0; k++) {
            int f = (first + k) % FOLDS;
            int[] t = labels.clone();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (foldOf[i] == f) {
                    t[i] = -1;
                    held.add(i);
                }
            }
            int[] rows = held.stream().mapToInt(Integer::intValue).toArray();
            if (Labels.classCount(t) >= 2 && hasTwoClassesWithPairs(Arrays.stream(rows).map(i -> labels[i]).toArray())) {
                fold = f;
                train = t;
                heldRows = rows;
            }
        }
        if (Labels.classCount(labels) < 2) {
            return Quality.unavailable(first, 0, "Label at least two groups to measure quality.");
        }
        if (fold < 0) {
            return Quality.unavailable(first, 0,
                    "Label more images: measuring quality needs two labels with three or more images each.");
        }
        int[] heldLabels = Arrays.stream(heldRows).map(i -> labels[i]).toArray();
        int classes = Labels.classCount(train);
        TrainOptions t = options.training(classes, options.seed() + 1000 + round, options.firstTrainSeconds());
        TrainResult trained = HeadTrainer.fit(features, train, t, null, progress, cancel);
        FloatMatrix heldEmbedding;
        try (EmbeddingModel model = trained.model()) {
            heldEmbedding = model.embed(features.selectRows(heldRows));
        }
        RetrievalScores retrieval = Retrieval.compute(heldEmbedding, heldLabels);
        SilhouetteScores silhouette = Silhouette.compute(heldEmbedding, heldLabels, Silhouette.Variant.MEAN_DISTANCE);
        Map<Integer, Double> perLabel = new LinkedHashMap<>();
        for (int c = 0; c < silhouette.classIds().length; c++) {
            int id = silhouette.classIds()[c];
            if (Arrays.stream(heldLabels).filter(l -> l == id).count() >= 2) {
                perLabel.put(id, silhouette.classMeans()[c]);
            }
        }
        return new Quality(fold, heldRows.length, retrieval.precisionAt1(), retrieval.mapAtR(), perLabel, null);
    }

    /**
     * Deals each class's images into folds after a seeded shuffle, so an image stays in its fold as long as the
     * seed is the same. A class of at least {@code 2 * FOLDS} images goes round-robin from a random fold, so every
     * fold holds about a fifth of it. A smaller class goes in pairs from one fold shared by all small classes, so
     * that fold holds a pair of each and can be measured as soon as two labels have three images.
     */
    static int[] deal(int[] labels, long seed) {
        int[] fold = new int[labels.length];
        Arrays.fill(fold, -1);
        Map<Integer, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                byClass.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
            }
        }
        int pairFold = new SplittableRandom(seed).nextInt(FOLDS);
        for (Map.Entry<Integer, List<Integer>> e : byClass.entrySet()) {
            List<Integer> rows = e.getValue();
            SplittableRandom r = new SplittableRandom(seed * 31 + e.getKey());
            Shuffle.inPlace(rows, r);
            boolean small = rows.size() < 2 * FOLDS;
            int offset = r.nextInt(FOLDS);
            for (int k = 0; k < rows.size(); k++) {
                fold[rows.get(k)] = small ? (k / 2 + pairFold) % FOLDS : (k + offset) % FOLDS;
            }
        }
        return fold;
    }

    private static boolean hasTwoClassesWithPairs(int[] heldLabels) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int l : heldLabels) {
            counts.merge(l, 1, Integer::sum);
        }
        return counts.values().stream().filter(c -> c >= 2).count() >= 2;
    }
}
