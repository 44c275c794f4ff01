package org.silhouette.embed.train;

import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Shuffle;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.metrics.Retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Early stopping on a validation fold of the labelled images: a seeded, per-class share of them is held
 * out of training, and after every epoch the head's MAP@R on that fold decides whether this epoch's
 * weights are the best so far (ties keep the later epoch). Only labelled images are used, never the images a caller evaluates on.
 * At least two images of a class are held out, and classes with fewer than {@link #MIN_CLASS_SIZE} labelled
 * images stay wholly in training.
 */
final class EpochSelection implements AutoCloseable {
    static final int MIN_CLASS_SIZE = 5;

    private final int[] trainingLabels;
    private final int trainingCount;
    private final FloatMatrix validation;
    private final int[] validationLabels;
    private EmbeddingModel best;
    private int keptEpoch = -1;
    private double bestScore = Double.NEGATIVE_INFINITY;
    private final List<Double> scores = new ArrayList<>();

    private EpochSelection(int[] trainingLabels, int trainingCount, FloatMatrix validation, int[] validationLabels) {
        this.trainingLabels = trainingLabels;
        this.trainingCount = trainingCount;
        this.validation = validation;
        this.validationLabels = validationLabels;
    }

    static EpochSelection of(FloatMatrix features, TrainingData data, TrainOptions options) {
        int[] labels = data.dense().clone();
        if (!(options.validationFraction() > 0) || !data.hasLabels()) {
            return new EpochSelection(labels, labels.length, null, null);
        }
        SplittableRandom random = new SplittableRandom(options.seed() ^ 0x2545F4914F6CDD1DL);
        List<Integer> held = new ArrayList<>();
        for (int c = 0; c < data.classCount(); c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    members.add(i);
                }
            }
            if (members.size() < MIN_CLASS_SIZE) {
                continue;
            }
            Shuffle.inPlace(members, random);
            // at least two per class, so every held-out image has a same-class image to retrieve
            int take = Math.max(2, (int) Math.round(members.size() * options.validationFraction()));
            held.addAll(members.subList(0, take));
        }
        long classesHeld = held.stream().mapToInt(i -> labels[i]).distinct().count();
        if (classesHeld < 2) {
            return new EpochSelection(labels, labels.length, null, null);
        }
        int[] positions = held.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] rows = new int[positions.length];
        int[] validationLabels = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            rows[i] = data.rows()[positions[i]];
            validationLabels[i] = labels[positions[i]];
            labels[positions[i]] = -1; // held out: the sampler never draws it
        }
        return new EpochSelection(labels, labels.length - positions.length, features.selectRows(rows),
                validationLabels);
    }

    /** The dense labels the sampler draws from: held-out rows read -1. */
    int[] trainingLabels() {
        return trainingLabels;
    }

    int trainingCount() {
        return trainingCount;
    }

    /** Draws the labelled part of each batch from the training share; null when fewer than two classes are labelled. */
    PkSampler sampler(TrainingData data, TrainOptions options) {
        return data.hasLabels() ? new PkSampler(trainingLabels, options.batchP(), options.batchK(), options.seed())
                : null;
    }

    /**
     * Batches per epoch: a pass over the training share of the labelled rows (drawn by {@code sampler}, null
     * when none) and one over the {@code structureRows}, whichever takes longer.
     */
    int stepsPerEpoch(PkSampler sampler, int structureRows, TrainOptions options) {
        int labelledSteps = sampler != null ? Math.ceilDiv(trainingCount, sampler.maxBatchSize()) : 0;
        int structureSteps = Math.ceilDiv(structureRows, options.batchP() * options.batchK());
        return Math.max(1, Math.max(labelledSteps, structureSteps));
    }

    boolean active() {
        return validation != null;
    }

    /** Scores the epoch's weights on the fold and keeps a copy when they are the best so far. */
    void afterEpoch(int epoch, EmbeddingModel model) {
        if (validation == null) {
            return;
        }
        double score = Retrieval.compute(model.embed(validation), validationLabels).mapAtR();
        scores.add(score);
        // ties go to the later epoch: a fold that is already perfectly retrieved says nothing against more
        // training, and the structure term keeps learning meanwhile
        if (score >= bestScore) {
            bestScore = score;
            keptEpoch = epoch;
            if (best != null) {
                best.close();
            }
            best = model.copy();
        }
    }

    EmbeddingModel best() {
        return best;
    }

    /** Hands the kept model to the caller, who then owns it. */
    EmbeddingModel takeBest() {
        EmbeddingModel out = best;
        best = null;
        return out;
    }

    /** The epoch whose weights were kept, or -1 when no selection ran (the last weights are kept). */
    int keptEpoch() {
        return keptEpoch;
    }

    String describe() {
        return String.format(Locale.ROOT, "Kept epoch %d of %d: its MAP@R on %d held-out labelled images (%.3f) was "
                + "the best; the per-epoch scores were %s.", keptEpoch, scores.size(), validationLabels.length,
                bestScore, Arrays.toString(scores.stream().mapToDouble(v -> Math.round(v * 1000) / 1000.0).toArray()));
    }

    @Override
    public void close() {
        if (best != null) {
            best.close();
            best = null;
        }
    }
}
