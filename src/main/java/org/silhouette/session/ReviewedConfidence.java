package org.silhouette.session;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The suggestions' confidence learnt from the user's own verdicts on them: each suggestion the user accepts
 * (right) or rejects or relabels (wrong) in review, with the confidence it showed, is kept, the newest
 * {@value #WINDOW} of them. Their accuracy as a monotone step function of that confidence
 * ({@link MonotoneSteps}, each step smoothed by {@value #PRIOR} pseudo-verdicts at the overall rate) then replaces the
 * confidence of every open suggestion; the suggested labels never change.
 *
 * <p>Why: {@link SuggestionCalibration} can only learn from labelled images held out of the spreading, and
 * people label the clumps and leave the images that do not fit, so the open images are the ones the spreading
 * gets wrong most often; the held-out labelled images cannot show that (docs/RESULTS.md). A reviewed
 * suggestion is an open image, seen as the user sees it. Only the newest verdicts count because each label
 * changes which images are left open. Below {@value #MIN_VERDICTS} verdicts the confidence is left as it is.
 * Any thread.
 */
public final class ReviewedConfidence {
    static final int WINDOW = 200;
    static final int MIN_VERDICTS = 20;
    static final double PRIOR = 2;

    private record Verdict(float confidence, boolean right) {
    }

    private final Deque<Verdict> recent = new ArrayDeque<>();

    /**
     * One reviewed suggestion: the confidence it showed (before this class changed it) and whether it was right.
     * A suggestion whose confidence was unknown (NaN: one group named) has no place on the curve and is passed over.
     */
    public synchronized void add(float confidence, boolean right) {
        if (Float.isNaN(confidence)) {
            return;
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
        }
        recent.addLast(new Verdict(confidence, right));
        while (recent.size() > WINDOW) {
            recent.removeFirst();
        }
    }

    /** Verdicts held. */
    public synchronized int count() {
        return recent.size();
    }

    /**
     * {@code s} with the confidence of every unlabelled image's suggestion replaced by the reviewed accuracy
     * of suggestions that sure; labelled images and the labels themselves as they are. {@code s} itself when
     * there are too few verdicts.
     */
    public synchronized Suggestions apply(Suggestions s, int[] labels) {
        if (recent.size() < MIN_VERDICTS) {
            return s;
        }
        MonotoneSteps steps = fit();
        float[] confidence = s.confidence().clone();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 && s.label()[i] >= 0 && !Float.isNaN(confidence[i])) {
                confidence[i] = (float) steps.at(confidence[i]);
            }
        }
        return new Suggestions(s.label(), confidence);
    }

    private MonotoneSteps fit() {
        double[] confidence = recent.stream().mapToDouble(Verdict::confidence).toArray();
        boolean[] right = new boolean[confidence.length];
        int i = 0;
        for (Verdict v : recent) {
            right[i++] = v.right();
        }
        return MonotoneSteps.fit(confidence, right, PRIOR);
    }
}
