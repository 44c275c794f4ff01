package org.silhouette.experiment;

import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.train.StructureTarget;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.embed.train.TrainResult;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The experiment's epoch length is the trainer's: its probe marks an epoch every {@code stepsPerEpoch} steps,
 * so a count that drifts from the trainer's puts the learning-curve points at the wrong epochs. Checked by
 * training one epoch and counting its steps, with a validation share held out and structure rows beside the
 * labelled ones.
 */
class EpochLengthTest {
    private static final int DIM = 4;

    /** Three classes of six labelled rows, then {@code free} unlabelled rows. */
    private static MethodRunner.TrainingSet set(int free) {
        int labelled = 18;
        int n = labelled + free;
        SplittableRandom random = new SplittableRandom(11);
        float[] x = new float[n * 8];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        float[] t = new float[n * DIM];
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) random.nextGaussian();
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < labelled ? i % 3 : -1;
        }
        return new MethodRunner.TrainingSet(new FloatMatrix(n, 8, x), labels,
                StructureTarget.of(new FloatMatrix(n, DIM, t)));
    }

    private static TrainOptions oneEpoch() {
        // a fifth of six is one image, but the trainer holds out at least two per class: 12 rows stay in training
        return TrainOptions.builder(LossKind.SILHOUETTE, DIM).hidden(List.of(8)).epochs(1).batchP(2).batchK(2)
                .validationFraction(0.2).seed(5).build();
    }

    private static int stepsOfOneEpoch(MethodRunner.TrainingSet train) {
        TrainResult r = train.fit(oneEpoch(), Progress.NONE, Cancellation.NEVER);
        r.model().close();
        return r.steps();
    }

    /** The count MethodRunner gets, its expected value, and the steps one epoch of training really takes. */
    private static void agrees(int free, int expected, String why) {
        MethodRunner.TrainingSet train = set(free);
        int counted = MethodRunner.stepsPerEpoch(train, oneEpoch());
        assertEquals(expected, counted, why);
        assertEquals(stepsOfOneEpoch(train), counted, "the trainer's own epoch");
    }

    @Test
    void labelledRowsSetTheLengthWhenTheyTakeLonger() {
        agrees(8, 3, "12 training rows in batches of 4");
    }

    @Test
    void structureRowsSetTheLengthWhenTheyTakeLonger() {
        agrees(30, 8, "30 structure rows in batches of 4");
    }
}
