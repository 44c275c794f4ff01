package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
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
        int fold = Math.floorMod(round, FOLDS);
        int[] foldOf = deal(labels, options.seed());
        int[] train = labels.clone();
        List<Integer> held = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (foldOf[i] == fold) {
                train[i] = -1;
                held.add(i);
            }
        }
        int[] heldRows = held.stream().mapToInt(Integer::intValue).toArray();
        int[] heldLabels = Arrays.stream(heldRows).map(i -> labels[i]).toArray();
        if (Labels.classCount(train) < 2) {
            return Quality.unavailable(fold, heldRows.length, "Label at least two groups to measure quality.");
        }
        if (!hasTwoClassesWithPairs(heldLabels)) {
            return Quality.unavailable(fold, heldRows.length,
                    "Label more images: the held-out fold needs two labels with two images each.");
        }
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
     * Deals each class's images round-robin into folds after a seeded shuffle, so every fold holds about a
     * fifth of every class and an image stays in its fold as long as the seed is the same.
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
        for (Map.Entry<Integer, List<Integer>> e : byClass.entrySet()) {
            List<Integer> rows = e.getValue();
            SplittableRandom r = new SplittableRandom(seed * 31 + e.getKey());
            for (int i = rows.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Integer t = rows.get(i);
                rows.set(i, rows.get(j));
                rows.set(j, t);
            }
            int offset = r.nextInt(FOLDS);
            for (int k = 0; k < rows.size(); k++) {
                fold[rows.get(k)] = (k + offset) % FOLDS;
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
