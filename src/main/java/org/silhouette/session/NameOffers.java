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

    /** The offer picked after ↓ from {@code at} (-1: none) among {@code count}: the next, staying on the last. */
    public static int down(int at, int count) {
        return Math.min(at + 1, count - 1);
    }

    /** The offer picked after ↑ from {@code at}: the one above; from the first, none (-1), back to the typed text. */
    public static int up(int at) {
        return at <= 0 ? -1 : at - 1;
    }

    /** What Tab completes the typed text to: the picked offer, else the only one; null when that is not clear. */
    public static String completion(String picked, List<String> offered) {
        return picked != null ? picked : offered.size() == 1 ? offered.getFirst() : null;
    }
}
