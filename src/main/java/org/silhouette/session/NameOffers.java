package org.silhouette.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The existing label names to offer while a name is typed, as the window's name box lists them. */
public final class NameOffers {

    private NameOffers() {
    }

    /**
     * At most {@code max} of {@code known}: those starting with {@code typed} first, then those containing it,
     * each in their given order, ignoring case and surrounding spaces; the first {@code max} for no text.
     */
    public static List<String> matching(List<String> known, String typed, int max) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        List<String> starts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (String n : known) {
            String l = n.toLowerCase(Locale.ROOT);
            if (l.startsWith(t)) {
                starts.add(n);
            } else if (l.contains(t)) {
                contains.add(n);
            }
        }
        starts.addAll(contains);
        return List.copyOf(starts.subList(0, Math.min(max, starts.size())));
    }
}
