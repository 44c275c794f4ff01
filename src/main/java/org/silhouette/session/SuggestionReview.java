package org.silhouette.session;

import org.silhouette.project.LabelInfo;
import org.silhouette.session.LabelActions.Outcome;
import org.silhouette.session.ReviewQueue.Item;
import org.silhouette.session.ReviewQueue.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * One review of the suggestions (the review queue's window): the {@link ReviewQueue} made from what the map shows
 * ({@link MapPresenter}), the project it was made for, and the image at its head. A verdict on the head is
 * recorded on the queue and as the user's verdict on the suggestion ({@link LabelReview}); a label it gives comes
 * back as the label action to run, and the window shows the rest. One thread (the FX thread).
 */
public final class SuggestionReview {

    static final String READ_ONLY = "This window is read-only: the review changes no label here.";

    private final MapPresenter map;
    private ReviewQueue queue;
    private ProjectSession session;
    private Item head;

    public SuggestionReview(MapPresenter map) {
        this.map = map;
    }

    /**
     * A new queue for {@code ws} from the suggestions shown now: group by group or the least sure first, of every
     * label or ({@code onlyPosition}) of the one at that position in the label panel.
     */
    public void refill(ProjectSession ws, boolean byGroup, int onlyPosition) {
        session = ws;
        List<Integer> groups = map.palette().labels().stream().map(LabelInfo::id).toList();
        queue = ReviewQueue.of(map.shownRows(), byGroup, onlyPosition, groups);
    }

    /**
     * The "Labels" box's entries: every suggested label, then one per label in panel order ({@link #refill}'s
     * {@code onlyPosition} is an entry's position less one).
     */
    public static List<String> labelChoices(List<String> labels) {
        List<String> items = new ArrayList<>(List.of("Every suggested label"));
        labels.forEach(l -> items.add("Only '" + l + "'"));
        return items;
    }

    /** The project the queue was made for. */
    public ProjectSession session() {
        return session;
    }

    /** Looks for the head again, as the map shows the rows now; null when nothing is left to decide. */
    public Item findHead() {
        head = queue.current(map.shownRows());
        return head;
    }

    /** The head as last looked for, or null. */
    public Item head() {
        return head;
    }

    /** Decided, left, and with the groups in order, how many are left of the head's group. */
    public String progress(boolean byGroup) {
        return queue.progress(head, map.shownRows(), byGroup, map.shown()::labelName);
    }

    /** The line under the head: its suggestion and how sure it is; with no head, why there is none. */
    public String caption() {
        return head == null ? ReviewQueue.nothingLeft(map.suggested() != null)
                : ReviewQueue.caption(head, map.shown()::labelName);
    }

    /** Enter: the head takes its suggestion. */
    public Outcome accept(boolean writable) {
        return head == null ? Outcome.NOTHING : decide(head.suggested(), Verdict.ACCEPTED, writable);
    }

    /** 1–9: the head takes the label at that position in the label panel (0 = key 1) instead. */
    public Outcome relabel(int position, boolean writable) {
        LabelInfo l = map.palette().at(position);
        return l == null ? Outcome.refused("There is no label " + (position + 1) + " in the label panel.")
                : decide(l.id(), Verdict.RELABELLED, writable);
    }

    /** The head gets a label: one image, one undo step; the queue moves on past it. */
    private Outcome decide(int labelId, Verdict verdict, boolean writable) {
        Item item = head;
        if (item == null || labelId < 0) {
            return Outcome.NOTHING;
        }
        if (!writable) {
            return Outcome.refused(READ_ONLY);
        }
        queue.decide(item, verdict);
        session.review().suggestionJudged(item.image(), labelId == item.suggested()); // 1…9 may pick it too
        return Outcome.run(LabelActions.relabel(new int[] {item.image()}, labelId,
                ReviewQueue.labelled(session.imageName(item.image()), map.shown().labelName(labelId))));
    }

    /** X: the head's suggestion is wrong; it stays unlabelled and leaves the queue. */
    public void reject() {
        if (head != null) {
            queue.decide(head, Verdict.REJECTED);
            session.review().suggestionJudged(head.image(), false);
        }
    }

    /** ← →: the next ({@code +1}) or previous ({@code -1}) open image, without deciding. */
    public void step(int direction) {
        queue.step(direction, map.shownRows());
    }

    /** Ctrl+Z: takes the last decision back, through the project's undo when it gave a label. */
    public Outcome undo() {
        ReviewQueue.Decision d = queue.undoLast();
        if (d == null) {
            return Outcome.refused("No decision to take back in this review.");
        }
        return d.verdict() == Verdict.REJECTED ? Outcome.NOTHING : Outcome.run(LabelActions.undo());
    }
}
