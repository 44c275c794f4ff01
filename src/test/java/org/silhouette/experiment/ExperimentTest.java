package org.silhouette.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.embed.loss.LossOptions;
import org.silhouette.testing.Blobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentTest {
    static final List<String> CLASSES = List.of("a", "b", "c", "d", "e", "f");
    static final RunSettings FAST = new RunSettings(4, 2, 6, 4, 1e-2, List.of(16), LossOptions.defaults(), 1000, 1.0, 0);
    static LabelledFeatures train;
    static LabelledFeatures test;
    static List<Experiment.Run> runs;
    static final Set<String> SEEN_TRAINING_ROWS = new HashSet<>();

    /** Six Gaussian classes; train and test are separate draws. */
    static LabelledFeatures set(long seed, String split) {
        Blobs b = Blobs.make(CLASSES.size(), 20, 12, 8.0, 1.0, seed);
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < b.labels().length; i++) {
            paths.add(Path.of(split, CLASSES.get(b.labels()[i]), i + ".png"));
        }
        return new LabelledFeatures(b.x(), b.labels(), paths, CLASSES);
    }

    @BeforeAll
    static void runTwoSeeds() {
        train = set(1, "train");
        test = set(2, "test");
        runs = Experiment.run(Experiment.Mode.UNSEEN, train, test,
                List.of(Method.INTROSPECTION, Method.SILHOUETTE, Method.CCE), FAST, 0.5, 10, 2,
                (run, index, result) -> { }, Progress.NONE, Cancellation.NEVER);
    }

    @Test
    void unseenRunsTrainOnSeenClassesAndEvaluateOnTheOthers() {
        assertEquals(2, runs.size());
        for (Experiment.Run r : runs) {
            assertEquals(ClassSplit.of(CLASSES, 0.5, r.seed()), r.split());
            assertEquals(r.split().unseen(), r.eval().classes());
            assertEquals(60, r.trainImages(), "three seen classes of 20 train images");
            assertEquals(60, r.eval().rows(), "three unseen classes of 20 test images");
            for (Path p : r.eval().paths()) {
                assertTrue(p.startsWith("test"), p.toString());
                assertTrue(r.split().unseen().contains(p.getParent().getFileName().toString()), p.toString());
            }
        }
        assertEquals(10, runs.get(0).seed());
        assertEquals(11, runs.get(1).seed());
    }

    @Test
    void everyMethodGetsEveryMetricAndACurveFromTheUntrainedHead() {
        for (Experiment.Run r : runs) {
            assertEquals(List.of(Method.INTROSPECTION, Method.SILHOUETTE, Method.CCE), List.copyOf(r.results().keySet()));
            for (Experiment.MethodResult m : r.results().values()) {
                for (String key : List.of("precision_at_1", "r_precision", "map_at_r", "nmi", "ami", "silhouette_2d",
                        "knn_2d", "train_seconds", "seconds_to_95")) {
                    assertTrue(Double.isFinite(m.metrics().get(key)), m.method() + " " + key);
                }
                assertEquals(60, m.map().rows());
                int total = 0;
                for (int[] row : m.confusion()) {
                    total += java.util.Arrays.stream(row).sum();
                }
                assertEquals(60, total, "every evaluation image has one nearest neighbour");
                assertEquals(2, m.map().cols());
                if (m.method().loss() != null) {
                    assertEquals(0.0, m.curve().getFirst().epoch());
                    assertEquals(2.0, m.curve().getLast().epoch(), "FAST trains two epochs");
                    for (int i = 1; i < m.curve().size(); i++) {
                        assertTrue(m.curve().get(i).epoch() > m.curve().get(i - 1).epoch());
                    }
                    assertEquals(m.metrics().get("map_at_r"), m.curve().getLast().mapAtR(), 1e-12);
                    assertTrue(m.metrics().get("seconds_to_95") >= 0);
                    assertTrue(m.metrics().get("map_at_r_best") >= m.metrics().get("map_at_r"));
                }
            }
        }
        // well-separated blobs: every embedding retrieves its class nearly perfectly
        double p1 = runs.getFirst().results().get(Method.SILHOUETTE).metrics().get("precision_at_1");
        assertTrue(p1 > 0.9, "P@1 " + p1);
    }

    @Test
    void theLabelFreeRowsAndTheDefaultHeadRunAndSayWhatTheStructureTermSaw() {
        List<Experiment.Run> r = Experiment.run(Experiment.Mode.UNSEEN, train, test,
                List.of(Method.INTROSPECTION_UMAP, Method.NO_LABELS, Method.SEMI_SILHOUETTE),
                new RunSettings(4, 40, 6, 4, 1e-2, List.of(16), LossOptions.defaults(), 1000, 1.0, 0.1), 0.5, 10, 1,
                (run, index, result) -> { }, Progress.NONE, Cancellation.NEVER);
        for (Method m : List.of(Method.INTROSPECTION_UMAP, Method.NO_LABELS, Method.SEMI_SILHOUETTE)) {
            double map = r.getFirst().results().get(m).metrics().get("map_at_r");
            assertTrue(map > 0.8, m + ": well-separated blobs should be retrieved, MAP@R " + map);
        }
        assertTrue(r.getFirst().results().get(Method.SEMI_SILHOUETTE).warnings().contains(
                "The structure term saw 120 images: the 60 training images and the 60 evaluation images, the latter "
                        + "unlabelled."));
    }

    @Test
    void reportJsonHasTheDocumentedShape() throws Exception {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("mode", "unseen");
        config.put("seeds", 2);
        ObjectNode root = ExperimentReport.json(runs, config);
        JsonNode parsed = new ObjectMapper().readTree(root.toString());
        assertEquals(Set.of("default", "structure_images", "methods", "config", "runs"), fieldNames(parsed));
        assertEquals("semi-silhouette", parsed.get("default").asText(), "the method the app trains");
        JsonNode methods = parsed.get("methods");
        assertEquals(List.of("introspection", "silhouette", "cce"), List.copyOf(fieldNamesInOrder(methods)));
        for (JsonNode m : methods) {
            for (String key : List.of("precision_at_1", "r_precision", "map_at_r", "nmi", "ami", "silhouette_2d",
                    "knn_2d", "train_seconds", "seconds_to_95")) {
                assertTrue(m.get(key).isNumber(), key);
                assertTrue(m.get(key + "_std").isNumber(), key + "_std");
                assertTrue(m.get(key + "_std").asDouble() >= 0);
            }
        }
        double mean = (runs.get(0).results().get(Method.CCE).metrics().get("map_at_r")
                + runs.get(1).results().get(Method.CCE).metrics().get("map_at_r")) / 2;
        assertEquals(mean, methods.get("cce").get("map_at_r").asDouble(), 1e-12);
        assertEquals(2, parsed.get("config").get("seeds").asInt());
        assertEquals(2, parsed.get("runs").size());
        JsonNode run = parsed.get("runs").get(0);
        assertEquals(3, run.get("seen_classes").size());
        assertEquals(3, run.get("unseen_classes").size());
        JsonNode curve = run.get("curves").get("silhouette");
        assertTrue(curve.size() >= 3);
        assertEquals(Set.of("epoch", "seconds", "cpu_seconds", "map_at_r"), fieldNames(curve.get(0)));
        String md = ExperimentReport.markdown("t", runs, config);
        assertTrue(md.contains("| silhouette |") && md.contains(" ± "), md);
    }

    @Test
    void sampleStandardDeviationIsTheTextbookOne() {
        // values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, n − 1 = 7
        double[] v = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5.0, ExperimentReport.mean(v), 1e-12);
        assertEquals(Math.sqrt(32.0 / 7), ExperimentReport.std(v), 1e-12);
        assertEquals(0.0, ExperimentReport.std(new double[] {3}));
    }

    @Test
    void seenModeUsesEveryClass() {
        List<Experiment.Run> seen = Experiment.run(Experiment.Mode.SEEN, train, test, List.of(Method.INTROSPECTION),
                FAST, 0.5, 0, 1, Experiment.Listener.NONE, Progress.NONE, Cancellation.NEVER);
        assertEquals(120, seen.getFirst().trainImages());
        assertEquals(CLASSES, seen.getFirst().eval().classes());
        assertEquals(null, seen.getFirst().split());
    }

    @Test
    void mismatchedClassFoldersAreAUserError() {
        LabelledFeatures fewer = test.restrictTo(List.of("a", "b", "c"));
        UserError e = assertThrows(UserError.class, () -> Experiment.run(Experiment.Mode.SEEN, train, fewer,
                List.of(Method.INTROSPECTION), FAST, 0.5, 0, 1, Experiment.Listener.NONE, Progress.NONE,
                Cancellation.NEVER));
        assertTrue(e.getMessage().contains("only in train/: [d, e, f]"), e.getMessage());
    }

    @Test
    void unknownMethodsAreNamedInTheError() {
        UserError e = assertThrows(UserError.class, () -> Method.parseList("silhouette,arcface"));
        assertTrue(e.getMessage().contains("'arcface'") && e.getMessage().contains("cosine-corel"), e.getMessage());
        assertEquals(List.of(Method.CCE, Method.TRIPLET), Method.parseList(" cce, triplet ,cce"));
    }

    private static Set<String> fieldNames(JsonNode n) {
        return new HashSet<>(fieldNamesInOrder(n));
    }

    private static List<String> fieldNamesInOrder(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void introspectionNeverSeesTheEvaluationImagesWhenFitting() {
        // shift the evaluation features far away: a PCA fitted on them would centre them, one fitted on the
        // training images (as specified) leaves them off-centre
        float[] shifted = test.features().data().clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 100f;
        }
        LabelledFeatures far = new LabelledFeatures(new FloatMatrix(test.rows(), test.features().cols(), shifted),
                test.labels(), test.paths(), test.classes());
        MethodRunner.Outcome o = MethodRunner.run(Method.INTROSPECTION, train, far, FAST, 0, Progress.NONE,
                Cancellation.NEVER);
        double meanNorm = 0;
        for (int i = 0; i < o.embedding().rows(); i++) {
            double s = 0;
            for (int j = 0; j < o.embedding().cols(); j++) {
                s += o.embedding().get(i, 0) * o.embedding().get(i, 0);
            }
            meanNorm += Math.sqrt(s) / o.embedding().rows();
        }
        assertTrue(meanNorm > 10, "evaluation rows should stay far from the training centre, got " + meanNorm);
    }
}
