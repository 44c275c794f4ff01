package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReviewQueueTest {

    private static final Rows ROWS = new Rows(new int[] {20, 21, 22, 23, 24, 25});

    /** Row 0 labelled; rows 1-4 suggested (label 7 or 9) with the given confidences; row 5 without suggestion. */
    private static ShownRows shown(int[] labels) {
        return new ShownRows(ROWS, labels, new int[] {7, 9, 7, 9, 7, -1}, new float[] {1, 0.8f, 0.4f, 0.2f, 0.6f, 0});
    }

    private static final ShownRows START = shown(new int[] {7, -1, -1, -1, -1, -1});

    private static List<Integer> walk(ReviewQueue q, ShownRows now) {
        List<Integer> seen = new java.util.ArrayList<>();
        for (ReviewQueue.Item i = q.current(now); i != null; i = q.current(now)) {
            seen.add(i.image());
            q.decide(i, ReviewQueue.Verdict.REJECTED);
        }
        return seen;
    }

    @Test
    void leastSureFirstOrGroupByGroup() {
        ReviewQueue q = ReviewQueue.of(START, ReviewQueue.Order.LEAST_SURE_FIRST, -1, List.of(7, 9));
        assertEquals(4, q.size(), "the labelled row and the row without suggestion are not in it");
        assertEquals(List.of(23, 22, 24, 21), walk(q, START));
        ReviewQueue g = ReviewQueue.of(START, ReviewQueue.Order.BY_GROUP, -1, List.of(9, 7));
        assertEquals(List.of(23, 21, 22, 24), walk(g, START), "label 9 first (panel order), each least sure first");
        assertEquals(List.of(22, 24), walk(ReviewQueue.of(START, ReviewQueue.Order.BY_GROUP, 7, List.of(9, 7)), START));
    }

    @Test
    void theWindowsChoicesPickTheOrderAndTheOneLabelByItsPosition() {
        List<Integer> groups = List.of(9, 7);
        assertEquals(List.of(23, 21, 22, 24), walk(ReviewQueue.of(START, true, -1, groups), START));
        assertEquals(List.of(23, 22, 24, 21), walk(ReviewQueue.of(START, false, -1, groups), START));
        assertEquals(List.of(22, 24), walk(ReviewQueue.of(START, true, 1, groups), START), "position 1: label 7");
        assertEquals(List.of(23, 22, 24, 21), walk(ReviewQueue.of(START, false, 2, groups), START),
                "a label no longer there: every label");
    }

    @Test
    void decidingMovesOnAndUndoBringsTheImageBack() {
        ReviewQueue q = ReviewQueue.of(START, ReviewQueue.Order.LEAST_SURE_FIRST, -1, List.of(7, 9));
        ReviewQueue.Item first = q.current(START);
        assertEquals(new ReviewQueue.Item(23, 3, 9, 0.2f), first);
        q.decide(first, ReviewQueue.Verdict.ACCEPTED);
        ShownRows labelled = shown(new int[] {7, -1, -1, 9, -1, -1}); // the store has committed the accept
        assertEquals(22, q.current(labelled).image());
        assertEquals(3, q.remaining(labelled));
        assertEquals(1, q.decidedCount());

        assertEquals(new ReviewQueue.Decision(23, ReviewQueue.Verdict.ACCEPTED), q.undoLast());
        assertEquals(22, q.current(labelled).image(), "until the undo reaches the map the image is still labelled");
        assertEquals(23, q.current(START).image(), "then it is at the head again");
        assertNull(q.undoLast(), "nothing left to take back");
    }

    @Test
    void anImageLabelledElsewhereIsPassedOverAndSteppingWraps() {
        ReviewQueue q = ReviewQueue.of(START, ReviewQueue.Order.LEAST_SURE_FIRST, -1, List.of(7, 9));
        ShownRows other = shown(new int[] {7, -1, 7, -1, -1, -1}); // image 22 was named on the map meanwhile
        assertEquals(23, q.current(other).image());
        assertEquals(24, q.step(1, other).image(), "22 is passed over");
        assertEquals(21, q.step(1, other).image());
        assertEquals(23, q.step(1, other).image(), "wraps around to the first open image");
        assertEquals(21, q.step(-1, other).image(), "and back");
        assertEquals(2, q.remainingIn(9, other), "23 and 21 are suggested 9");
        assertEquals(1, q.remainingIn(7, other), "24; 22 is labelled now");
    }

    @Test
    void anEmptyQueueHasNothingToShow() {
        ShownRows none = new ShownRows(ROWS, new int[] {7, 7, 7, 7, 7, 7}, new int[] {7, 7, 7, 7, 7, 7},
                new float[] {1, 1, 1, 1, 1, 1});
        ReviewQueue q = ReviewQueue.of(none, ReviewQueue.Order.LEAST_SURE_FIRST, -1, List.of(7));
        assertEquals(0, q.size());
        assertNull(q.current(none));
        assertNull(q.step(1, none));
    }

    @Test
    void theProgressCountsDecidedAndLeftAndWithGroupsTheHeadsGroup() {
        ReviewQueue q = ReviewQueue.of(START, ReviewQueue.Order.BY_GROUP, -1, List.of(9, 7));
        ReviewQueue.Item head = q.current(START);
        assertEquals("0 decided · 4 left", q.progress(head, START, false, id -> "l" + id));
        assertEquals("0 decided · 4 left · 2 left suggested 'l9'", q.progress(head, START, true, id -> "l" + id));
        q.decide(head, ReviewQueue.Verdict.REJECTED);
        assertEquals("1 decided · 3 left", q.progress(null, START, true, id -> "l" + id));
        assertEquals("Suggested: l9  ·  confidence 0.20", ReviewQueue.caption(head, id -> "l" + id));
        assertEquals("No suggestions yet: label the images of a group first.", ReviewQueue.nothingLeft(false));
    }
}
