package org.silhouette.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.testing.Blobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionCalibrationTest {

    @Test
    void expectedCalibrationErrorMatchesTheNumpyReference() throws IOException {
        JsonNode f = new ObjectMapper().readTree(
                Path.of("src/test/resources/fixtures/session/calibration_error.json").toFile());
        for (JsonNode c : f.get("cases")) {
            int n = c.get("confidence").size();
            float[] conf = new float[n];
            boolean[] right = new boolean[n];
            for (int i = 0; i < n; i++) {
                conf[i] = (float) c.get("confidence").get(i).asDouble();
                right[i] = c.get("right").get(i).asBoolean();
            }
            assertEquals(c.get("expected_ece").asDouble(), CalibrationError.expected(conf, right, c.get("bins").asInt()),
                    1e-9);
        }
    }

    @Test
    void expectedCalibrationErrorByHand() {
        // bin (0.8, 0.8667]: 0.85 right, 0.85 wrong -> |0.5 - 0.85| ; bin (0, 0.0667]: 0.0 wrong -> |0 - 0|
        double ece = CalibrationError.expected(new float[] {0.85f, 0.85f, 0f, 1f}, new boolean[] {true, false, false, true},
                15);
        assertEquals(0.5 * Math.abs(0.5 - 0.85f), ece, 1e-7);
    }

    /**
     * Four blobs, only two of them named: the raw share sends every image of the unnamed blobs to a named
     * class with a high share; the calibrated suggestions leave the farthest out and are less sure of the rest.
     */
    @Test
    void calibratedConfidenceIsFarLessOverconfidentWhenSomeClassesAreUnnamed() {
        Blobs b = Blobs.make(4, 200, 4, 3.0, 1.0, 1);
        int[] labels = Blobs.partialLabels(b.labels(), 40, 0, 1);
        for (int i = 0; i < labels.length; i++) {
            labels[i] = b.labels()[i] < 2 ? labels[i] : -1;
        }
        Suggestions.Compared s = Suggestions.compare(b.x(), labels, Suggestions.Options.defaults(), Cancellation.NEVER);
        double calibrated = CalibrationError.ofSuggestions(s.calibrated(), labels, b.labels());
        double raw = CalibrationError.ofSuggestions(s.raw(), labels, b.labels());
        assertTrue(raw > 0.3, "raw ECE " + raw);
        assertTrue(calibrated < 0.65 * raw, "calibrated ECE " + calibrated + " vs raw " + raw);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 && s.calibrated().label()[i] >= 0) {
                assertEquals(s.raw().label()[i], s.calibrated().label()[i], "the same class, only its confidence changes");
                assertTrue(s.calibrated().confidence()[i] <= s.raw().confidence()[i] + 1e-6, "never surer than the share");
            }
        }
    }

    /** 100 held-out images at share 0.9, 60 of them right: the fit says (60 + 0.6) / 101, below the share. */
    @Test
    void theFitFollowsTheHeldOutRecordAndNeverRaisesTheShare() {
        java.util.List<SuggestionCalibration.Sample> samples = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            samples.add(new SuggestionCalibration.Sample(0.9, 1.0, i < 60));
        }
        for (int i = 0; i < 100; i++) {
            samples.add(new SuggestionCalibration.Sample(0.5, 1.0, i < 95));
        }
        SuggestionCalibration c = SuggestionCalibration.fromSamples(samples);
        // the step at 0.5 (95 % right) lies above the one at 0.9 (60 %): PAV pools them into 155 of 200
        assertEquals((155 + 0.775) / 201, c.confidence(0.95, 1.0), 1e-6);
        assertEquals(0.3f, c.confidence(0.3, 1.0), 1e-6, "capped by the share");
        assertEquals(-1f, c.confidence(0.95, 0.15), "under a fifth of the held-out mass: no suggestion");
    }

    /** A line of three blobs, only the first named: the far blobs must not all become the first's name. */
    @Test
    void oneNamedGroupDoesNotClaimFarAwayBlobs() {
        int per = 40;
        float[][] rows = new float[3 * per][];
        int[] truth = new int[3 * per];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < rows.length; i++) {
            int c = i / per;
            truth[i] = c;
            rows[i] = new float[] {(float) (c * 4 + r.nextDouble() * 4), (float) (0.1 * r.nextDouble())};
        }
        int[] labels = new int[rows.length];
        Arrays.fill(labels, -1);
        for (int i = 0, named = 0; i < per && named < 10; i++) {
            if (rows[i][0] < 2) {
                labels[i] = 9;
                named++;
            }
        }
        FloatMatrix x = FloatMatrix.of(rows);
        Suggestions.Compared s = Suggestions.compare(x, labels, Suggestions.Options.defaults(), Cancellation.NEVER);
        int farRaw = 0;
        int farCalibrated = 0;
        int nearCalibrated = 0;
        for (int i = 0; i < rows.length; i++) {
            if (truth[i] == 2) {
                farRaw += s.raw().label()[i] == 9 ? 1 : 0;
                farCalibrated += s.calibrated().label()[i] == 9 ? 1 : 0;
            } else if (truth[i] == 0 && labels[i] < 0) {
                nearCalibrated += s.calibrated().label()[i] == 9 ? 1 : 0;
            }
        }
        assertTrue(farRaw > per / 2, "the raw spreading reaches the far blob: " + farRaw);
        assertEquals(0, farCalibrated, "no far image is suggested the named group's label");
        assertTrue(nearCalibrated >= (per - 10) / 3, "the named group's own unlabelled images still are: " + nearCalibrated);
    }

    /**
     * One label in use: every held-out image gets its own label back, so the calibration has seen no wrong
     * suggestion and would say 1.00. The confidence is unknown instead, and becomes a number once a second
     * group is named; the caption says which.
     */
    @Test
    void oneNamedGroupLeavesTheConfidenceUnknownUntilASecondIsNamed() {
        Blobs b = Blobs.make(3, 60, 2, 4.0, 1.0, 5);
        int[] one = namedUpTo(b.labels(), 0);
        Suggestions s1 = Suggestions.calibrated(b.x(), one, Suggestions.Options.defaults(), Cancellation.NEVER);
        int unknown = 0;
        for (int i = 0; i < one.length; i++) {
            if (one[i] < 0 && s1.label()[i] >= 0) {
                assertTrue(Float.isNaN(s1.confidence()[i]), "open image " + i + " shows " + s1.confidence()[i]);
                unknown++;
            }
        }
        assertTrue(unknown > 0, "the named group's neighbours are still suggested");
        assertTrue(Double.isNaN(CalibrationError.ofSuggestions(s1, one, b.labels())), "no known confidence to score");
        assertEquals("confidence unknown until a second group is named", Suggestions.confidenceText(Float.NaN));

        int[] two = namedUpTo(b.labels(), 1);
        Suggestions s2 = Suggestions.calibrated(b.x(), two, Suggestions.Options.defaults(), Cancellation.NEVER);
        for (int i = 0; i < two.length; i++) {
            if (two[i] < 0 && s2.label()[i] >= 0) {
                float c = s2.confidence()[i];
                assertTrue(c >= 0 && c <= 1, "open image " + i + " shows " + c);
            }
        }
        assertEquals("confidence 0.83", Suggestions.confidenceText(0.83f));
    }

    /** Ten labelled images of each class up to {@code lastClass}; the other classes unnamed. */
    private static int[] namedUpTo(int[] truth, int lastClass) {
        int[] labels = Blobs.partialLabels(truth, 10, 0, 1);
        for (int i = 0; i < labels.length; i++) {
            labels[i] = truth[i] <= lastClass ? labels[i] : -1;
        }
        return labels;
    }

    /**
     * Few labels: every fold of both dealings is held out, so each labelled image is scored twice. Thousands:
     * folds stop once {@link SuggestionCalibration#ENOUGH_SAMPLES} images are scored, a fraction of the spreadings.
     */
    @Test
    void heldOutFoldsStopOnceEnoughImagesAreScored() {
        Blobs few = Blobs.make(3, 100, 4, 3.0, 1.0, 2);
        int[] fewLabels = Blobs.partialLabels(few.labels(), 30, 0, 1);
        assertEquals(2 * 90, heldOut(few.x(), fewLabels).size(), "every fold of both dealings");

        Blobs many = Blobs.make(3, 1500, 4, 3.0, 1.0, 2);
        int[] manyLabels = Blobs.partialLabels(many.labels(), 1000, 0, 1);
        int scored = heldOut(many.x(), manyLabels).size();
        assertTrue(scored >= SuggestionCalibration.ENOUGH_SAMPLES, "at least enough: " + scored);
        assertTrue(scored <= SuggestionCalibration.ENOUGH_SAMPLES + 300, "one fold of 300 past it at most: " + scored);
    }

    private static java.util.List<SuggestionCalibration.Sample> heldOut(FloatMatrix x, int[] labels) {
        int classes = Labels.classCount(labels);
        Suggestions.Graph g = Suggestions.Graph.of(org.silhouette.layout.Knn.exact(x, 10, 1, Cancellation.NEVER));
        return SuggestionCalibration.heldOut(g, Labels.dense(labels, Labels.distinctIds(labels)), classes,
                Suggestions.Options.defaults(), Cancellation.NEVER);
    }
}
