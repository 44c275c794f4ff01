package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review of doubtful labels: confirmations per label, and the list's words. */
class LabelReviewTest {

    @Test
    void aConfirmationHoldsForTheLabelItConfirmedOnly() {
        LabelReview review = new LabelReview();
        review.confirm(4, 2);
        assertTrue(review.isConfirmed(4, 2));
        assertFalse(review.isConfirmed(4, 3), "relabelled: judged afresh");
        assertFalse(review.isConfirmed(5, 2));
    }

    @Test
    void theListSaysHowManyAndEachImageWhatItsNeighboursSay() {
        Map<Integer, String> names = Map.of(1, "cat", 2, "dog");
        assertEquals("labelled 'cat' · neighbours say 'dog' (25 % agree)",
                new LabelReview.DoubtfulImage(9, 1, 2, 0.25).detail(names::get));
        assertEquals("labelled 'dog' · neighbours say '?' (0 % agree)",
                new LabelReview.DoubtfulImage(9, 2, -1, 0).detail(names::get));
        assertTrue(LabelReview.summary(0).startsWith("No doubtful labels"));
        assertTrue(LabelReview.summary(1).startsWith("1 label that most of its neighbours contradict"));
        assertTrue(LabelReview.summary(1_234).startsWith("1,234 labels that most of their neighbours contradict"));
    }

    @Test
    void afterAReviewTheNextRowMovesUpIntoItsPlace() {
        assertEquals(2, LabelReview.nextAfter(2, 5), "the row below moved up");
        assertEquals(3, LabelReview.nextAfter(4, 4), "the last one reviewed: the new last");
        assertEquals(-1, LabelReview.nextAfter(0, 0), "none left");
    }

    @Test
    void fixGivesTheNeighboursLabelAndKeepConfirmsTheImagesOwn() {
        Map<Integer, String> names = Map.of(1, "cat", 2, "dog");
        LabelActions.Action fix = LabelReview.fix(new LabelReview.DoubtfulImage(9, 1, 2, 0.25), "a.png", names::get)
                .action();
        assertEquals("Relabelling", fix.doing());
        assertEquals(LabelReview.NOTHING_TO_FIX,
                LabelReview.fix(new LabelReview.DoubtfulImage(9, 1, -1, 0), "a.png", names::get).why(),
                "its neighbours carry no other label");
        LabelReview review = new LabelReview();
        assertEquals("Kept 'cat' for a.png.", review.keep(new LabelReview.DoubtfulImage(9, 1, 2, 0.25), "a.png",
                names::get));
        assertTrue(review.isConfirmed(9, 1));
    }

    @Test
    void fixingAndKeepingSayWhichImageAndLabel() {
        assertEquals("Relabelled cat-3.png 'cat'.", LabelReview.fixed("cat-3.png", "cat"));
        assertEquals("Kept 'dog' for cat-3.png.", LabelReview.kept("cat-3.png", "dog"));
        assertEquals("Labelled a.png 'coat'.", ReviewQueue.labelled("a.png", "coat"));
    }
}
