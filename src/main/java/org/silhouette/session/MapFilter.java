package org.silhouette.session;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Which of the map's rows to show: all, the unlabelled ones, one label's, the doubtful labels, or the
 * unsure suggestions; and of those, the ones whose file name contains a text. The map dims the rest.
 *
 * @param kind what to show
 * @param labelId the label shown, for {@link Kind#LABEL}; else ignored
 * @param text part of the file name (its path in the folder), any case; blank for every name
 */
public record MapFilter(Kind kind, int labelId, String text) {

    /** A suggestion below this confidence counts as unsure (the confidence colours' lower half). */
    public static final float UNSURE_BELOW = 0.5f;

    public enum Kind {
        ALL, UNLABELLED, LABEL, DOUBTFUL, UNSURE
    }

    public static final MapFilter NONE = new MapFilter(Kind.ALL, -1, "");

    public MapFilter {
        text = text == null ? "" : text.strip();
    }

    public MapFilter withKind(Kind k, int label) {
        return new MapFilter(k, label, text);
    }

    public MapFilter withText(String t) {
        return new MapFilter(kind, labelId, t);
    }

    /** False when every row matches whatever the map shows. */
    public boolean isActive() {
        return kind != Kind.ALL || !text.isEmpty();
    }

    /**
     * The rows that match.
     *
     * @param nameOfImage an image's path in the folder
     * @param doubtful the doubtful images, each with the label id it is doubtful for (an image relabelled since
     *     is no longer doubtful); only read for {@link Kind#DOUBTFUL}
     */
    public BitSet matches(ShownRows shown, IntFunction<String> nameOfImage, Map<Integer, Integer> doubtful) {
        BitSet out = new BitSet(shown.count());
        String part = text.toLowerCase(Locale.ROOT);
        for (int r = 0; r < shown.count(); r++) {
            if (kindMatches(shown, r, doubtful) && (part.isEmpty()
                    || nameOfImage.apply(shown.rows().image(r)).toLowerCase(Locale.ROOT).contains(part))) {
                out.set(r);
            }
        }
        return out;
    }

    private boolean kindMatches(ShownRows shown, int r, Map<Integer, Integer> doubtful) {
        return switch (kind) {
            case ALL -> true;
            case UNLABELLED -> !shown.isLabelled(r);
            case LABEL -> shown.label(r) == labelId && labelId >= 0;
            case DOUBTFUL -> shown.isLabelled(r)
                    && Integer.valueOf(shown.label(r)).equals(doubtful.get(shown.rows().image(r)));
            // a suggestion, but an unsure one: an image no label reaches has none (it is in "unlabelled")
            case UNSURE -> shown.suggestion(r) >= 0 && !(shown.confidence(r) >= UNSURE_BELOW);
        };
    }

    /** True for every row of {@code n} that does not match: what the map dims. */
    public static boolean[] dimmedOutside(BitSet matches, int n) {
        boolean[] dim = new boolean[n];
        for (int r = 0; r < n; r++) {
            dim[r] = !matches.get(r);
        }
        return dim;
    }
}
