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

    /** Four overlapping blobs, a few labels each: the calibrated confidence matches accuracy, the raw share does not. */
    @Test
    void calibratedConfidenceMatchesAccuracyOnUnlabelledBlobs() {
        Blobs b = Blobs.make(4, 250, 4, 3.0, 1.0, 1);
        int[] labels = Blobs.partialLabels(b.labels(), 25, 0, 1);
        Suggestions.Compared s = Suggestions.compare(b.x(), labels, Suggestions.Options.defaults(), Cancellation.NEVER);
        double calibrated = CalibrationError.ofSuggestions(s.calibrated(), labels, b.labels());
        double raw = CalibrationError.ofSuggestions(s.raw(), labels, b.labels());
        assertTrue(calibrated <= 0.05, "calibrated ECE " + calibrated);
        assertTrue(raw >= 2 * calibrated && raw > 0.07, "raw ECE " + raw + " vs calibrated " + calibrated);
        assertTrue(CalibrationError.suggestedShare(s.calibrated(), labels) > 0.9, "most images still get a suggestion");
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
}
