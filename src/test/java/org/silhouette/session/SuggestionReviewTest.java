package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;
import org.silhouette.session.LabelActions.Outcome;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The review queue's decisions: what each key gives the head, what it refuses, and what undo takes back. */
class SuggestionReviewTest {

    @Test
    void theLabelsBoxOffersEveryLabelThenEachOne() {
        assertEquals(List.of("Every suggested label", "Only 'cat'", "Only 'dog'"),
                SuggestionReview.labelChoices(List.of("cat", "dog")));
    }

    @Test
    void verdictsLabelTheHeadAndMoveOnAndUndoTakesBackOnlyWhatGaveALabel(@TempDir Path dir) throws Exception {
        try (ProjectSession ws = ProjectSessionTest.open(ProjectSessionTest.folder(dir.resolve("images"), 1),
                dir.resolve("home"))) {
            int[] images = IntStream.range(0, 3).toArray();
            LabelInfo first = ws.edits().create("first");
            MapPresenter map = new MapPresenter(new RecordingMap());
            MapSnapshot shown = new MapSnapshot(new Rows(images), new float[3], new float[3], null, null, null, null,
                    "");
            map.showMap(ws, shown);
            map.showLabels(ws.labels());
            map.showAnalysis(ws, shown.withAnalysis(new int[] {first.id(), first.id(), -1}, new float[] {0.9f, 0.3f, 0},
                    null, null));
            SuggestionReview review = new SuggestionReview(map);
            review.refill(ws, false, -1);
            assertEquals(1, review.findHead().image(), "the least sure first; image 2 has no suggestion");
            assertEquals("Suggested: first  ·  confidence 0.30", review.caption());

            assertEquals(SuggestionReview.READ_ONLY, review.accept(false).why());
            assertEquals(1, review.findHead().image(), "a refused verdict leaves the queue as it was");
            assertEquals("There is no label 2 in the label panel.", review.relabel(1, true).why());

            Outcome accepted = review.accept(true);
            assertEquals("Labelled " + ws.imageName(1) + " 'first'.", accepted.action().edit().apply(ws.edits()));
            map.showLabels(ws.labels());
            assertEquals(0, review.findHead().image());
            review.reject();
            assertNull(review.findHead());
            assertEquals("Nothing left to review here: every suggestion has been decided.", review.caption());

            assertSame(Outcome.NOTHING, review.undo(), "a rejection gave no label: nothing to undo in the project");
            review.undo().action().edit().apply(ws.edits());
            assertEquals(LabelState.NONE, ws.labels().labelOf(1), "the accept is taken back by the project's undo");
            assertEquals("No decision to take back in this review.", review.undo().why());
        }
    }
}
