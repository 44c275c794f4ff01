package org.silhouette.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionsTest {

    @Test
    void matchesTheNumpyReference() throws IOException {
        JsonNode f = new ObjectMapper().readTree(Path.of("src/test/resources/fixtures/session/suggestions.json").toFile());
        int n = f.get("x").size();
        float[][] rows = new float[n][];
        for (int i = 0; i < n; i++) {
            JsonNode r = f.get("x").get(i);
            rows[i] = new float[r.size()];
            for (int j = 0; j < r.size(); j++) {
                rows[i][j] = (float) r.get(j).asDouble();
            }
        }
        int[] labels = ints(f.get("labels"));
        Suggestions s = Suggestions.propagate(FloatMatrix.of(rows), labels,
                new Suggestions.Options(f.get("k").asInt(), f.get("alpha").asDouble(), f.get("iterations").asInt()),
                Cancellation.NEVER);
        assertArrayEquals(ints(f.get("expected_label")), s.label());
        for (int i = 0; i < n; i++) {
            assertEquals(f.get("expected_confidence").get(i).asDouble(), s.confidence()[i], 1e-4, "row " + i);
        }
    }

    /** Two lines far apart, one labelled point at one end of each: labels must travel the whole chain. */
    @Test
    void labelsTravelAlongChainsOfUnlabelledNeighbours() {
        int perLine = 30;
        float[][] rows = new float[2 * perLine][];
        int[] labels = new int[2 * perLine];
        java.util.Arrays.fill(labels, -1);
        for (int i = 0; i < perLine; i++) {
            rows[i] = new float[] {i, 0};
            rows[perLine + i] = new float[] {i, 100};
        }
        labels[0] = 4;
        labels[perLine] = 9;
        Suggestions s = Suggestions.propagate(FloatMatrix.of(rows), labels, new Suggestions.Options(3, 0.99, 200),
                Cancellation.NEVER);
        for (int i = 0; i < perLine; i++) {
            assertEquals(4, s.label()[i], "line A, point " + i);
            assertEquals(9, s.label()[perLine + i], "line B, point " + i);
        }
        assertEquals(1f, s.confidence()[0]);
        assertTrue(s.confidence()[perLine - 1] > 0.99f, "the far end is still sure: no rival label reaches it");
    }

    @Test
    void mostUncertainPicksUnlabelledPointsBetweenClassesFirst() {
        // two labelled anchors at x=0 and x=10, unlabelled points spread between them
        float[][] rows = new float[11][];
        int[] labels = new int[11];
        for (int i = 0; i <= 10; i++) {
            rows[i] = new float[] {i, 0};
            labels[i] = -1;
        }
        labels[0] = 0;
        labels[10] = 1;
        Suggestions s = Suggestions.propagate(FloatMatrix.of(rows), labels, new Suggestions.Options(2, 0.9, 50),
                Cancellation.NEVER);
        int[] uncertain = s.mostUncertain(labels, 3);
        assertEquals(3, uncertain.length);
        for (int i : uncertain) {
            assertTrue(i >= 4 && i <= 6, "expected a middle point, got " + i);
            assertTrue(labels[i] < 0);
        }
        assertEquals(0, s.label()[2]);
        assertEquals(1, s.label()[8]);
    }

    @Test
    void noLabelsMeansNoSuggestions() {
        FloatMatrix x = FloatMatrix.of(new float[][] {{0, 0}, {1, 1}, {2, 2}});
        Suggestions s = Suggestions.propagate(x, new int[] {-1, -1, -1}, Suggestions.Options.defaults(), Cancellation.NEVER);
        assertArrayEquals(new int[] {-1, -1, -1}, s.label());
        assertArrayEquals(new float[] {0, 0, 0}, s.confidence());
    }

    private static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }
}
