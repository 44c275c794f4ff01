package org.silhouette.session;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The unlabelled images that have a suggestion, to decide one at a time: accept the suggestion, reject it
 * (the image stays unlabelled and leaves the queue), or give another label. The order is fixed when the queue
 * is made, in image ids, so it survives new maps: the least sure suggestion first, or group by group (the
 * suggested labels in panel order, each least sure first). What is shown for an image is always the map's
 * suggestion of the moment, and an image that was labelled some other way meanwhile is passed over. Stepping
 * without deciding wraps around, so the images skipped come back until each is decided. Not thread-safe.
 */
public final class ReviewQueue {

    public enum Order {
        LEAST_SURE_FIRST, BY_GROUP
    }

    public enum Verdict {
        ACCEPTED, REJECTED, RELABELLED
    }

    /** The image at the head of the queue as the map shows it now. */
    public record Item(int image, int row, int suggested, float confidence) {
    }

    /** A decision, to take back. */
    public record Decision(int image, Verdict verdict) {
    }

    private final int[] order;
    private final Map<Integer, Verdict> decided = new HashMap<>();
    private final Deque<Decision> history = new ArrayDeque<>();
    private int at;

    private ReviewQueue(int[] order) {
        this.order = order;
    }

    /**
     * The unlabelled rows with a suggestion, in {@code order}.
     *
     * @param onlyLabel the suggested label id to review alone, -1 for every suggestion
     * @param groups label ids in panel order: the order of the groups
     */
    public static ReviewQueue of(ShownRows shown, Order order, int onlyLabel, List<Integer> groups) {
        Comparator<Integer> leastSure = Comparator.<Integer>comparingDouble(shown::confidence)
                .thenComparingInt(r -> r);
        Comparator<Integer> by = order == Order.BY_GROUP
                ? Comparator.<Integer>comparingInt(r -> groupRank(groups, shown.suggestion(r))).thenComparing(leastSure)
                : leastSure;
        int[] images = IntStream.range(0, shown.count())
                .filter(r -> shown.suggestion(r) >= 0 && (onlyLabel < 0 || shown.suggestion(r) == onlyLabel))
                .boxed().sorted(by).mapToInt(r -> shown.rows().image(r)).toArray();
        return new ReviewQueue(images);
    }

    /**
     * {@link #of} as the review window asks: by group or least sure first, and {@code onlyPosition} the position
     * in {@code groups} of the one label to review (-1, or one no longer there: every label).
     */
    public static ReviewQueue of(ShownRows shown, boolean byGroup, int onlyPosition, List<Integer> groups) {
        int only = onlyPosition < 0 || onlyPosition >= groups.size() ? -1 : groups.get(onlyPosition);
        return of(shown, byGroup ? Order.BY_GROUP : Order.LEAST_SURE_FIRST, only, groups);
    }

    private static int groupRank(List<Integer> groups, int label) {
        int k = groups.indexOf(label);
        return k < 0 ? Integer.MAX_VALUE : k;
    }

    /** Images the queue was made with. */
    public int size() {
        return order.length;
    }

    public int decidedCount() {
        return decided.size();
    }

    /** The first open image from the head on, wrapping around; null when none is left. */
    public Item current(ShownRows now) {
        int p = firstOpen(at, 1, 0, now);
        return p < 0 ? null : open(p, now);
    }

    /**
     * Moves the head to the next ({@code +1}) or previous ({@code -1}) open image after the current one,
     * without deciding. The head itself stays put until then, so an image whose undo has not reached the map yet
     * is shown again once it has.
     */
    public Item step(int direction, ShownRows now) {
        int from = firstOpen(at, 1, 0, now);
        if (from >= 0) {
            at = firstOpen(from, direction, 1, now);
        }
        return current(now);
    }

    /** The position in the queue's order of the first open image {@code skip} or more steps from {@code p}. */
    private int firstOpen(int p, int direction, int skip, ShownRows now) {
        for (int k = skip; k < order.length + skip; k++) {
            int q = Math.floorMod(p + direction * k, order.length);
            if (open(q, now) != null) {
                return q;
            }
        }
        return -1;
    }

    /** Records a decision on {@code item}; the head moves on past it. */
    public void decide(Item item, Verdict verdict) {
        decided.put(item.image(), verdict);
        history.push(new Decision(item.image(), verdict));
        int p = indexOf(item.image());
        if (p >= 0 && order.length > 0) {
            at = (p + 1) % order.length;
        }
    }

    /** Takes the last decision back: its image is open again and at the head; null when none is left. */
    public Decision undoLast() {
        Decision d = history.poll();
        if (d != null) {
            decided.remove(d.image());
            at = Math.max(0, indexOf(d.image()));
        }
        return d;
    }

    /** Open images left: undecided, still unlabelled, still with a suggestion. */
    public int remaining(ShownRows now) {
        return (int) IntStream.range(0, order.length).filter(p -> open(p, now) != null).count();
    }

    /** Open images left whose suggestion now is {@code label}. */
    public int remainingIn(int label, ShownRows now) {
        return (int) IntStream.range(0, order.length).mapToObj(p -> open(p, now))
                .filter(i -> i != null && i.suggested() == label).count();
    }

    /** The progress line: decided, left, and with the groups in order, how many are left of the head's group. */
    public String progress(Item head, ShownRows now, boolean byGroup, IntFunction<String> labelName) {
        String group = head == null || !byGroup ? "" : String.format(Locale.ROOT, " · %,d left suggested '%s'",
                remainingIn(head.suggested(), now), labelName.apply(head.suggested()));
        return String.format(Locale.ROOT, "%,d decided · %,d left%s", decidedCount(), remaining(now), group);
    }

    /** Said once an image of the queue got a label. */
    public static String labelled(String imageName, String labelName) {
        return String.format(Locale.ROOT, "Labelled %s '%s'.", imageName, labelName);
    }

    /** What an image at the head shows under it. */
    public static String caption(Item head, IntFunction<String> labelName) {
        return "Suggested: " + labelName.apply(head.suggested()) + "  ·  " + Suggestions.confidenceText(head.confidence());
    }

    /** Why the queue shows no image: no analysis yet, or every suggestion decided. */
    public static String nothingLeft(boolean analysed) {
        return analysed ? "Nothing left to review here: every suggestion has been decided."
                : "No suggestions yet: label the images of a group first.";
    }

    private Item open(int p, ShownRows now) {
        int image = order[p];
        int row = now.rowOf(image);
        if (decided.containsKey(image) || row < 0 || now.suggestion(row) < 0) {
            return null;
        }
        return new Item(image, row, now.suggestion(row), now.confidence(row));
    }

    private int indexOf(int image) {
        for (int p = 0; p < order.length; p++) {
            if (order[p] == image) {
                return p;
            }
        }
        return -1;
    }
}
