package org.silhouette.embed.backbone;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmallCnnTest {
    private static final SmallCnn.Config CONFIG = SmallCnn.Config.of(List.of(8, 16), 16, "test: stripes");

    /** Horizontal stripes (class 0) or vertical stripes (class 1), random phase, period and colours. */
    static BufferedImage stripes(boolean vertical, Random r) {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        int period = 2 + r.nextInt(3);
        int phase = r.nextInt(period);
        int a = r.nextInt(0x1000000);
        int b = r.nextInt(0x1000000);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int t = ((vertical ? x : y) + phase) / period % 2;
                img.setRGB(x, y, t == 0 ? a : b);
            }
        }
        return img;
    }

    /** Images of horizontal (label 0) and vertical (label 1) stripes, alternating. */
    private record StripeSet(List<BufferedImage> images, int[] labels) {
        static StripeSet of(int count, long seed) {
            Random r = new Random(seed);
            List<BufferedImage> images = new ArrayList<>();
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = i % 2;
                images.add(stripes(labels[i] == 1, r));
            }
            return new StripeSet(images, labels);
        }
    }

    /** Trains a fresh CNN as a two-class classifier for six epochs and saves its feature layers in dir. */
    private static SmallCnnTraining.Result trainAndSave(Path dir, StripeSet data, boolean flips) throws IOException {
        try (Model model = Model.newInstance("train", Device.cpu(), "PyTorch")) {
            SequentialBlock features = SmallCnn.newFeatures(CONFIG);
            SequentialBlock classifier = SmallCnn.newClassifier(features, 2);
            SmallCnn.initialize(classifier, model.getNDManager(), 16, 3);
            model.setBlock(classifier);
            SmallCnnTraining.Result result = SmallCnnTraining.fit(classifier, model.getNDManager(), data.images(),
                    data.labels(), 16, new SmallCnnTraining.Options(6, 16, 0.01f, 5, flips), Progress.NONE,
                    Cancellation.NEVER);
            SmallCnn.save(dir, features, CONFIG);
            return result;
        }
    }

    /** Saves a freshly initialised, untrained CNN in dir. */
    private static void saveUntrained(Path dir, int seed) throws IOException {
        try (Model model = Model.newInstance("init", Device.cpu(), "PyTorch")) {
            SequentialBlock features = SmallCnn.newFeatures(CONFIG);
            SmallCnn.initialize(features, model.getNDManager(), 16, seed);
            SmallCnn.save(dir, features, CONFIG);
        }
    }

    @Test
    void trainsFromScratchSavesAndLoadsTheSameFeatures(@TempDir Path dir) throws IOException {
        StripeSet data = StripeSet.of(96, 11);
        List<BufferedImage> images = data.images();
        SmallCnnTraining.Result res = trainAndSave(dir, data, true);
        double[] loss = res.loss();
        assertTrue(loss[loss.length - 1] < 0.5 * loss[0], "loss falls: " + java.util.Arrays.toString(loss));
        assertTrue(res.accuracy()[res.accuracy().length - 1] >= 0.9,
                "learns the stripes: " + java.util.Arrays.toString(res.accuracy()));
        FloatMatrix before;
        assertTrue(SmallCnn.isModelDir(dir));
        try (SmallCnnBackbone loaded = SmallCnn.open(dir, new Introspection(-1, Pooling.AVG, 16), Device.cpu())) {
            assertEquals(16, loaded.featureDim());
            before = loaded.embed(images.subList(0, 8));
            assertTrue(before.allFinite());
            assertTrue(loaded.describe().contains("stage 2 of 2"), loaded.describe());
        }
        try (Backbone again = Backbones.open(dir.toString(), new Introspection(-1, Pooling.AVG, 16),
                dir.resolve("models"), false, Progress.NONE, Cancellation.NEVER)) {
            assertEquals(before, again.embed(images.subList(0, 8)), "reloading gives identical features");
        }
        try (SmallCnnBackbone tap0 = SmallCnn.open(dir, new Introspection(0, Pooling.FLATTEN, 16), Device.cpu())) {
            assertEquals(8 * 8 * 8, tap0.featureDim(), "first stage: 8 filters at 8×8 after pooling");
        }
    }

    @Test
    void separatesClassesBetterAfterTrainingThanAtInitialisation(@TempDir Path dir) throws IOException {
        StripeSet data = StripeSet.of(64, 21);
        List<BufferedImage> images = data.images();
        int[] labels = data.labels();
        saveUntrained(dir.resolve("untrained"), 3);
        trainAndSave(dir.resolve("trained"), data, false);
        assertNotEquals(Files.readAllBytes(dir.resolve("untrained").resolve(SmallCnn.PARAMS_FILE)).length, 0);
        double untrained = centroidGap(dir.resolve("untrained"), images, labels);
        double trained = centroidGap(dir.resolve("trained"), images, labels);
        assertTrue(trained > untrained, "trained " + trained + " vs untrained " + untrained);
    }

    /** Distance between class centroids over mean within-class spread, of the pooled features. */
    private static double centroidGap(Path dir, List<BufferedImage> images, int[] labels) throws IOException {
        try (SmallCnnBackbone b = SmallCnn.open(dir, new Introspection(-1, Pooling.AVG, 16), Device.cpu())) {
            FloatMatrix f = b.embed(images);
            int d = f.cols();
            double[][] c = new double[2][d];
            int[] n = new int[2];
            for (int i = 0; i < f.rows(); i++) {
                n[labels[i]]++;
                for (int j = 0; j < d; j++) {
                    c[labels[i]][j] += f.get(i, j);
                }
            }
            for (int k = 0; k < 2; k++) {
                for (int j = 0; j < d; j++) {
                    c[k][j] /= n[k];
                }
            }
            double spread = 0;
            for (int i = 0; i < f.rows(); i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double v = f.get(i, j) - c[labels[i]][j];
                    s += v * v;
                }
                spread += Math.sqrt(s);
            }
            spread /= f.rows();
            double gap = 0;
            for (int j = 0; j < d; j++) {
                gap += (c[0][j] - c[1][j]) * (c[0][j] - c[1][j]);
            }
            return Math.sqrt(gap) / spread;
        }
    }

    @Test
    void trainableTailFreezesTheEarlierStages(@TempDir Path dir) throws IOException {
        saveUntrained(dir, 1);
        try (SmallCnnBackbone b = SmallCnn.open(dir, new Introspection(-1, Pooling.AVG, 16), Device.cpu())) {
            int trainable = b.trainableTail(1);
            assertTrue(trainable > 0);
            List<Pair<String, Parameter>> params = new ArrayList<>();
            b.features().getParameters().forEach(params::add);
            long first = params.stream().filter(p -> p.getKey().startsWith("01")).count();
            assertTrue(first > 0, "names: " + params.stream().map(Pair::getKey).toList());
            for (Pair<String, Parameter> p : params) {
                boolean lastStage = !p.getKey().startsWith("01");
                // batch-norm running statistics are buffers: PyTorch refuses gradients for them
                boolean learnable = !p.getKey().endsWith("runningMean") && !p.getKey().endsWith("runningVar");
                assertEquals(lastStage && learnable, p.getValue().requiresGradient(), p.getKey());
            }
            long learnable = params.stream().filter(p -> !p.getKey().endsWith("runningMean")
                    && !p.getKey().endsWith("runningVar")).count();
            assertEquals(learnable, b.trainableTail(2));
            assertEquals(0, b.trainableTail(0));
            assertThrows(IllegalArgumentException.class, () -> b.trainableTail(3));
        }
    }

    @Test
    void fineTuningTheLastStageLeavesTheFirstOneAlone(@TempDir Path dir) throws IOException {
        saveUntrained(dir, 1);
        try (Model model = Model.newInstance("tune", Device.cpu(), "PyTorch")) {
            SmallCnn.Trainable t = SmallCnn.loadTrainable(dir, model.getNDManager());
            t.trainLastStages(1);
            java.util.Map<String, float[]> before = new java.util.LinkedHashMap<>();
            t.features().getParameters().forEach(p -> before.put(p.getKey(), p.getValue().getArray().toFloatArray()));
            SequentialBlock classifier = SmallCnn.newClassifier(t.features(), 2);
            SmallCnn.initialize(classifier, model.getNDManager(), 16, 2);
            List<java.awt.image.BufferedImage> images = new ArrayList<>();
            int[] labels = new int[8];
            for (int i = 0; i < 8; i++) {
                images.add(org.silhouette.harness.stress.SyntheticImages.quadrant(16, 16, i % 2 == 0 ? 0xFF0000 : 0x0000FF, 0x00FF00));
                labels[i] = i % 2;
            }
            SmallCnnTraining.fit(classifier, model.getNDManager(), images, labels, 16,
                    new SmallCnnTraining.Options(2, 4, 0.01f, 3, false), org.silhouette.core.Progress.NONE,
                    org.silhouette.core.Cancellation.NEVER);
            t.features().getParameters().forEach(p -> {
                boolean firstStageWeight = p.getKey().startsWith("01") && p.getKey().endsWith("weight");
                boolean lastStageWeight = !p.getKey().startsWith("01") && p.getKey().endsWith("weight");
                boolean same = java.util.Arrays.equals(before.get(p.getKey()), p.getValue().getArray().toFloatArray());
                if (firstStageWeight) {
                    assertTrue(same, "frozen " + p.getKey() + " changed");
                }
                if (lastStageWeight) {
                    assertTrue(!same, "trainable " + p.getKey() + " did not change");
                }
            });
        }
    }

    @Test
    void damagedOrMismatchedFoldersAreUserErrors(@TempDir Path dir) throws IOException {
        saveUntrained(dir, 1);
        Introspection intro = new Introspection(-1, Pooling.AVG, 16);
        byte[] params = Files.readAllBytes(dir.resolve(SmallCnn.PARAMS_FILE));
        Files.write(dir.resolve(SmallCnn.PARAMS_FILE), java.util.Arrays.copyOf(params, params.length / 2));
        UserError truncated = assertThrows(UserError.class, () -> SmallCnn.open(dir, intro, Device.cpu()));
        assertFalse(truncated.getMessage().isBlank());
        Files.write(dir.resolve(SmallCnn.PARAMS_FILE), params);
        Files.writeString(dir.resolve(SmallCnn.CONFIG_FILE), "{\"widths\": [8, 32], \"trainedSize\": 16}");
        assertThrows(UserError.class, () -> SmallCnn.open(dir, intro, Device.cpu()));
        Files.writeString(dir.resolve(SmallCnn.CONFIG_FILE), "{ not json");
        assertThrows(UserError.class, () -> SmallCnn.open(dir, intro, Device.cpu()));
        assertArrayEquals(params, Files.readAllBytes(dir.resolve(SmallCnn.PARAMS_FILE)));
    }
}
