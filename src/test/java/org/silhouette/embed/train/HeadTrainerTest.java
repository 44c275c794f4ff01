package org.silhouette.embed.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.CancelledException;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.core.Cancellation;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.head.HeadSpec;
import org.silhouette.embed.head.Standardizer;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.loss.LossSetup;
import org.silhouette.testing.Blobs;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadTrainerTest {
    /** Three classes whose signal sits in 3 of 24 noisy dimensions. */
    private static final Blobs BLOBS = Blobs.make(3, 40, 24, 2.5, 1.0, 11);

    private static TrainOptions cce(int epochs) {
        return TrainOptions.builder(LossKind.CCE, 3).hidden(List.of(32)).epochs(epochs).batchP(3).batchK(8)
                .learningRate(5e-3).seed(1).build();
    }

    private static TrainResult train(FloatMatrix x, int[] labels, TrainOptions o) {
        return HeadTrainer.fit(x, labels, o, null, Progress.NONE, Cancellation.NEVER);
    }

    @Test
    void cceLowersTheLossAndSeparatesTheClasses() {
        TrainOptions o = cce(15);
        double before;
        try (EmbeddingModel initial = EmbeddingModel.create(new HeadSpec(24, List.of(32), 3), Standardizer.fit(BLOBS.x()), 1)) {
            before = Blobs.spreadRatio(initial.embed(BLOBS.x()), BLOBS.labels());
        }
        TrainResult r = train(BLOBS.x(), BLOBS.labels(), o);
        try (EmbeddingModel m = r.model()) {
            assertEquals(15, r.epochs());
            assertEquals(StopReason.EPOCHS, r.stopReason());
            assertEquals(0, r.skippedSteps());
            assertTrue(r.warnings().isEmpty(), r.warnings().toString());
            assertTrue(r.lastEpochLoss() < 0.5 * r.firstEpochLoss(),
                    "loss " + r.firstEpochLoss() + " -> " + r.lastEpochLoss());
            FloatMatrix y = m.embed(BLOBS.x());
            double after = Blobs.spreadRatio(y, BLOBS.labels());
            assertTrue(after < 0.7 * before, "within/between spread " + before + " -> " + after);
            assertTrue(Blobs.knnAccuracy(y, BLOBS.labels()) > 0.9);
            assertTrue(m.weightsFinite());
            assertEquals("cce", m.info().loss());
        }
    }

    @Test
    void sameSeedGivesTheSameRunEvenOnAnotherThread() throws Exception {
        TrainOptions o = cce(3);
        TrainResult a = train(BLOBS.x(), BLOBS.labels(), o);
        var pool = Executors.newSingleThreadExecutor();
        TrainResult b;
        try {
            // A fresh thread starts with autograd on; the loop must not depend on the caller's mode.
            b = CompletableFuture.supplyAsync(() -> train(BLOBS.x(), BLOBS.labels(), o), pool).get();
        } finally {
            pool.shutdown();
        }
        TrainResult c = train(BLOBS.x(), BLOBS.labels(), o.toBuilder().seed(2).build());
        try (var ma = a.model(); var mb = b.model(); var mc = c.model()) {
            assertArrayEquals(a.stepLoss(), b.stepLoss());
            assertEquals(ma.embed(BLOBS.x()), mb.embed(BLOBS.x()));
            assertFalse(ma.embed(BLOBS.x()).equals(mc.embed(BLOBS.x())));
        }
    }

    @Test
    void cancelStopsTheRunAndTheNextRunStillWorks() {
        CancelFlag flag = new CancelFlag();
        AtomicInteger updates = new AtomicInteger();
        Progress progress = (stage, done, total) -> {
            if (updates.incrementAndGet() == 4) {
                flag.cancel();
            }
        };
        assertThrows(CancelledException.class,
                () -> HeadTrainer.fit(BLOBS.x(), BLOBS.labels(), cce(50), null, progress, flag));
        assertTrue(updates.get() < 10, "stopped soon after the request, saw " + updates.get() + " updates");
        TrainResult r = train(BLOBS.x(), BLOBS.labels(), cce(1));
        r.model().close();
        assertTrue(r.steps() > 0);
    }

    @Test
    void stepAndTimeBudgetsEndTheRunEarly() {
        TrainResult r = train(BLOBS.x(), BLOBS.labels(), cce(100).toBuilder().maxSteps(3).build());
        r.model().close();
        assertEquals(3, r.steps());
        assertEquals(StopReason.STEP_BUDGET, r.stopReason());
        TrainResult t = train(BLOBS.x(), BLOBS.labels(), cce(100000).toBuilder().maxSeconds(1e-9).build());
        t.model().close();
        assertEquals(1, t.steps(), "a spent time budget stops after the first batch");
        assertEquals(StopReason.TIME_BUDGET, t.stopReason());
    }

    @Test
    void warmStartContinuesFromTheModelAndLeavesItUntouched() {
        TrainResult first = train(BLOBS.x(), BLOBS.labels(), cce(8));
        try (EmbeddingModel start = first.model()) {
            FloatMatrix before = start.embed(BLOBS.x());
            TrainResult cold = train(BLOBS.x(), BLOBS.labels(), cce(1));
            TrainResult warm = HeadTrainer.fit(BLOBS.x(), BLOBS.labels(), cce(1), start, Progress.NONE, Cancellation.NEVER);
            try (var c = cold.model(); var w = warm.model()) {
                assertEquals(before, start.embed(BLOBS.x()));
                assertTrue(warm.firstEpochLoss() < 0.5 * cold.firstEpochLoss(),
                        "warm " + warm.firstEpochLoss() + " vs cold " + cold.firstEpochLoss());
                assertArrayEquals(start.standardizer().mean(), w.standardizer().mean());
            }
            UserError e = assertThrows(UserError.class, () -> HeadTrainer.fit(BLOBS.x(), BLOBS.labels(),
                    TrainOptions.defaults(LossKind.CCE, 4), start, Progress.NONE, Cancellation.NEVER));
            assertTrue(e.getMessage().contains("dimension"), e.getMessage());
        }
    }

    @Test
    void checkpointsHoldTheFinalModel(@TempDir Path dir) throws Exception {
        TrainResult r = train(BLOBS.x(), BLOBS.labels(), cce(3).toBuilder().checkpointDir(dir).checkpointEvery(1).build());
        try (var m = r.model(); var saved = EmbeddingModel.load(dir)) {
            assertEquals(m.embed(BLOBS.x()), saved.embed(BLOBS.x()));
            assertEquals("cce", saved.info().loss());
        }
    }

    /** Returns NaN on the 3rd and 7th batch, else softmax cross-entropy. */
    private static LossSetup nanOnTwoBatches() {
        Loss cce = Loss.softmaxCrossEntropyLoss("cce", 1f, -1, true, true);
        AtomicInteger calls = new AtomicInteger();
        return new LossSetup(new Loss("sometimes-nan") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                NDArray v = cce.evaluate(labels, predictions);
                int call = calls.incrementAndGet();
                return call == 3 || call == 7 ? v.mul(Float.NaN) : v;
            }
        }, null);
    }

    /** A finite loss (zero) whose gradient is NaN: d/dx sqrt(0 * x) at 0. */
    private static LossSetup nanGradient() {
        return new LossSetup(new Loss("nan-grad") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                return predictions.singletonOrThrow().mul(0).sqrt().sum();
            }
        }, null);
    }

    @Test
    void nonFiniteLossesAreSkippedAndNeverReachTheWeights() {
        TrainOptions o = cce(4);
        TrainResult r = HeadTrainer.fit(BLOBS.x(), BLOBS.labels(), o, null, nanOnTwoBatches(), Progress.NONE,
                Cancellation.NEVER);
        try (EmbeddingModel m = r.model()) {
            assertEquals(2, r.skippedSteps());
            assertTrue(Float.isNaN(r.stepLoss()[2]) && Float.isNaN(r.stepLoss()[6]));
            assertTrue(m.weightsFinite());
            assertTrue(m.embed(BLOBS.x()).allFinite());
            assertEquals(o.learningRate() / 4, r.finalLearningRate(), 1e-9, "halved per skipped batch");
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("non-finite")), r.warnings().toString());
            for (double e : r.epochLoss()) {
                assertTrue(Double.isFinite(e), "epoch means only count applied batches");
            }
            assertTrue(r.lastEpochLoss() < r.firstEpochLoss(), "the finite batches still train");
        }
    }

    @Test
    void aNaNGradientStopsTheRunWithTheInitialWeightsKept() {
        TrainOptions o = cce(50);
        TrainResult r = HeadTrainer.fit(BLOBS.x(), BLOBS.labels(), o, null, nanGradient(), Progress.NONE,
                Cancellation.NEVER);
        try (EmbeddingModel m = r.model();
                EmbeddingModel initial = EmbeddingModel.create(new HeadSpec(24, List.of(32), 3),
                        Standardizer.fit(BLOBS.x()), o.seed())) {
            assertEquals(StopReason.NON_FINITE, r.stopReason());
            assertEquals(HeadTrainer.MAX_CONSECUTIVE_SKIPS, r.steps());
            assertEquals(r.steps(), r.skippedSteps());
            assertEquals(initial.embed(BLOBS.x()), m.embed(BLOBS.x()), "no update was applied");
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("stopped")), r.warnings().toString());
        }
    }

    @Test
    void inputThatCannotBeTrainedOnGivesAClearMessage() {
        FloatMatrix x = BLOBS.x();
        int n = x.rows();
        int[] none = new int[n];
        java.util.Arrays.fill(none, -1);
        assertTrue(assertThrows(UserError.class, () -> train(x, none, cce(1))).getMessage().contains("No image is labelled"));
        int[] one = new int[n];
        java.util.Arrays.fill(one, -1);
        one[0] = 0;
        one[5] = 0;
        assertTrue(assertThrows(UserError.class, () -> train(x, one, cce(1))).getMessage().contains("two labelled classes"));
        assertThrows(UserError.class, () -> train(x, new int[n - 1], cce(1)));
        FloatMatrix withNaN = new FloatMatrix(n, x.cols(), x.data().clone());
        withNaN.set(7, 3, Float.NaN);
        assertTrue(assertThrows(UserError.class, () -> train(withNaN, BLOBS.labels(), cce(1))).getMessage()
                .contains("row 7"));
        assertTrue(assertThrows(UserError.class, () -> train(x, BLOBS.labels(), TrainOptions.defaults(LossKind.CCE, 5)))
                .getMessage().contains("class count"));
    }

    @Test
    void aClassWithOneImageTrainsWithAWarning() {
        int[] labels = BLOBS.labels().clone();
        int kept = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 2 && kept++ > 0) {
                labels[i] = -1;
            }
        }
        TrainResult r = train(BLOBS.x(), labels, cce(3));
        try (var m = r.model()) {
            assertTrue(m.weightsFinite());
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("single labelled image")), r.warnings().toString());
            assertTrue(Double.isFinite(r.lastEpochLoss()));
        }
    }

    @Test
    void identicalImagesAndConstantFeaturesGiveADefinedResult() {
        int n = 30;
        float[] same = new float[n * 6];
        java.util.Arrays.fill(same, 0.5f);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
        }
        TrainResult r = train(new FloatMatrix(n, 6, same), labels,
                TrainOptions.builder(LossKind.CCE, 3).hidden(List.of(8)).epochs(3).seed(3).build());
        try (var m = r.model()) {
            assertTrue(m.weightsFinite());
            FloatMatrix y = m.embed(new FloatMatrix(n, 6, same));
            assertTrue(y.allFinite());
            assertEquals(y.get(0, 0), y.get(n - 1, 0), "identical inputs, identical embeddings");
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("identical")), r.warnings().toString());
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("constant")), r.warnings().toString());
        }
        // Some constant columns among informative ones: trained normally, with a note.
        FloatMatrix x = new FloatMatrix(BLOBS.x().rows(), 24, BLOBS.x().data().clone());
        for (int i = 0; i < x.rows(); i++) {
            x.set(i, 20, 7f);
            x.set(i, 21, 0f);
        }
        TrainResult partial = train(x, BLOBS.labels(), cce(2));
        partial.model().close();
        assertTrue(partial.warnings().stream().anyMatch(w -> w.startsWith("2 of 24 features are constant")),
                partial.warnings().toString());
        assertEquals(0, partial.skippedSteps());
    }
}
