package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verdicts on suggestions through a session: they change the confidence shown, never the labels suggested. */
class SuggestionVerdictsSessionTest {

    @Test
    void suggestionsJudgedWrongLowerTheConfidenceOfTheOthersAndKeepTheirLabels(@TempDir Path dir) throws Exception {
        try (ProjectSession s = ProjectSessionTest.openMapped(dir, 30)) {
            int[] red = ProjectSessionTest.imagesOf(s, "red");
            int[] green = ProjectSessionTest.imagesOf(s, "green");
            s.edits().assignName(Arrays.copyOf(red, 5), "warm");
            s.edits().assignName(Arrays.copyOf(green, 5), "leafy");
            MapSnapshot before = s.analyse(Progress.NONE, Cancellation.NEVER, x -> { });
            int[] open = IntStream.range(0, before.rows().count())
                    .filter(r -> s.labels().labelOf(before.rows().image(r)) < 0 && before.suggested()[r] >= 0)
                    .toArray();
            assertTrue(open.length >= ReviewedConfidence.MIN_VERDICTS, open.length + " open suggestions");
            double shownBefore = IntStream.of(open).mapToDouble(r -> before.confidence()[r]).average().orElseThrow();
            assertTrue(shownBefore > 0.5, "the spreading is sure of these: " + shownBefore);

            for (int r : open) {
                s.review().suggestionJudged(before.rows().image(r), false); // the user says each one is wrong
            }
            assertEquals(Math.min(open.length, ReviewedConfidence.WINDOW), s.review().suggestionsJudged());
            MapSnapshot after = s.analyse(Progress.NONE, Cancellation.NEVER, x -> { });

            assertArrayEquals(before.suggested(), after.suggested(), "verdicts change no suggested label");
            for (int r : open) {
                assertEquals(0f, after.confidence()[r], 1e-6, "every one judged so far was wrong");
            }
        }
    }

    @Test
    void aVerdictOnAnImageWithoutASuggestionIsPassedOver(@TempDir Path dir) throws Exception {
        try (ProjectSession s = ProjectSessionTest.openMapped(dir, 4)) {
            s.review().suggestionJudged(0, true); // nothing spread yet
            s.review().suggestionJudged(-1, true);
            assertEquals(0, s.review().suggestionsJudged());
        }
    }
}
