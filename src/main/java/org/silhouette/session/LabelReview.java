package org.silhouette.session;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
