package org.silhouette.session;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * The user's reviews, in image ids. Of doubtful labels ({@link DoubtfulLabels}): which labels they confirmed,
 * so those are trained on and no longer listed; a confirmation holds for the label it confirmed, and a
 * relabelled image is judged afresh. Of suggestions (the review queue): whether each one judged was right,
 * which teaches the suggestions' confidence ({@link ReviewedConfidence}). Kept in memory for the open session
 * only: storing it would take a schema change of the project store. Any thread.
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

    /** F: the image gets the label its neighbours carry (one undo step), or why it cannot. */
    public static LabelActions.Outcome fix(DoubtfulImage d, String imageName, IntFunction<String> labelName) {
        return d.suggested() < 0 ? LabelActions.Outcome.refused(NOTHING_TO_FIX)
                : LabelActions.Outcome.run(LabelActions.relabel(new int[] {d.image()}, d.suggested(),
                        fixed(imageName, labelName.apply(d.suggested()))));
    }

    /** K: the image keeps its label, confirmed (trained on from the next round); returns what to say. */
    public String keep(DoubtfulImage d, String imageName, IntFunction<String> labelName) {
        confirm(d.image(), d.label());
        return kept(imageName, labelName.apply(d.label()));
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

    /** The suggestions as last spread, before the verdicts changed their confidence, by row. */
    private record Spread(int[] rowOfImage, Suggestions suggestions) {
    }

    private final ReviewedConfidence verdicts = new ReviewedConfidence();
    private volatile Spread spread;

    /**
     * The user judged the suggestion shown for {@code image}: accepted it (right), or rejected it or gave
     * another label (wrong). Kept with the confidence the spreading gave it; an image without a suggestion is
     * passed over, and so is one whose confidence was unknown ({@link ReviewedConfidence#add}).
     */
    public void suggestionJudged(int image, boolean right) {
        Spread s = spread;
        int row = s == null || image < 0 || image >= s.rowOfImage().length ? -1 : s.rowOfImage()[image];
        if (row >= 0 && s.suggestions().label()[row] >= 0) {
            verdicts.add(s.suggestions().confidence()[row], right);
        }
    }

    /** Suggestions judged so far that still count (the newest). */
    public int suggestionsJudged() {
        return verdicts.count();
    }

    /**
     * {@code made} (spread for {@code rows} of a project of {@code imageCount} images) with the confidence the
     * verdicts teach; remembered for the next verdicts.
     */
    Suggestions withVerdicts(Rows rows, int imageCount, Suggestions made, int[] labelOfRow) {
        spread = new Spread(rows.rowOfImage(imageCount), made);
        return verdicts.apply(made, labelOfRow);
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
