package org.silhouette.session;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * The user's review of doubtful labels ({@link DoubtfulLabels}) in image ids: which labels they confirmed,
 * so those are trained on and no longer listed. A confirmation holds for the label it confirmed; relabel the
 * image and it is judged afresh. Kept in memory for the open session only: storing it would take a schema
 * change of the project store. Any thread.
 */
public final class LabelReview {

    /**
     * One image to review.
     *
     * @param label its label id
     * @param suggested the label id most of its neighbours carry, -1 when none
     * @param agreement the share of its neighbours (in the backbone's view) that agree with its label
     */
    public record DoubtfulImage(int image, int label, int suggested, double agreement) {

        /** Its label, the label its neighbours carry and how many agree, naming labels by {@code labelName}. */
        public String detail(IntFunction<String> labelName) {
            return String.format(Locale.ROOT, "labelled '%s' · neighbours say '%s' (%.0f %% agree)",
                    labelName.apply(label), suggested < 0 ? "?" : labelName.apply(suggested), 100 * agreement);
        }
    }

    /** What a list of {@code n} doubtful labels is, and what happens to them until they are reviewed. */
    public static String summary(int n) {
        return n == 0 ? "No doubtful labels: every label agrees with enough of its neighbours."
                : String.format(Locale.ROOT, "%,d label%s that most of %s neighbours contradict; the most doubtful"
                        + " (up to one label in twenty) are left out of training until fixed or kept.", n,
                        n == 1 ? "" : "s", n == 1 ? "its" : "their");
    }

    /** Said when fixing an image whose neighbours carry no other label. */
    public static final String NOTHING_TO_FIX = "Its neighbours carry no other label; remove its label on the map"
            + " (Backspace) instead.";

    /** Said once an image got the label its neighbours carry. */
    public static String fixed(String imageName, String labelName) {
        return String.format(Locale.ROOT, "Relabelled %s '%s'.", imageName, labelName);
    }

    /** Said once the user kept an image's label. */
    public static String kept(String imageName, String labelName) {
        return String.format(Locale.ROOT, "Kept '%s' for %s.", labelName, imageName);
    }

    /**
     * Which row of the list to select once the one at {@code at} was reviewed and taken off, {@code left} rows
     * remaining: the one that moved up into its place, else the last; -1 when none is left.
     */
    public static int nextAfter(int at, int left) {
        return left == 0 ? -1 : Math.min(at, left - 1);
    }

    /** Image id to the label id the user confirmed for it. */
    private final Map<Integer, Integer> confirmed = new ConcurrentHashMap<>();

    /** Keep this image's label: it is right, whatever its neighbours say. */
    public void confirm(int image, int labelId) {
        confirmed.put(image, labelId);
    }

    public boolean isConfirmed(int image, int labelId) {
        Integer c = confirmed.get(image);
        return c != null && c == labelId;
    }

    /** The rows whose image still carries the label the user confirmed. */
    BitSet trustedRows(Rows rows, int[] labelOfRow) {
        BitSet out = new BitSet(rows.count());
        for (int r = 0; r < rows.count(); r++) {
            if (labelOfRow[r] >= 0 && isConfirmed(rows.image(r), labelOfRow[r])) {
                out.set(r);
            }
        }
        return out;
    }

    /** Doubtful rows as images, most doubtful first. */
    static List<DoubtfulImage> images(Rows rows, DoubtfulLabels.Found found) {
        List<DoubtfulImage> out = new ArrayList<>(found.count());
        for (DoubtfulLabels.Doubt d : found.doubts()) {
            out.add(new DoubtfulImage(rows.image(d.row()), d.label(), d.suggested(), d.agreement()));
        }
        return List.copyOf(out);
    }
}
