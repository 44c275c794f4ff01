package org.silhouette.session;

import org.silhouette.project.LabelInfo;
import org.silhouette.session.LabelReview.DoubtfulImage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The filter bar's state without its widgets: the {@link MapFilter} chosen, the entries of its "Show" box, the
 * doubtful labels last found (and for which project), and the rows the filter keeps with the words that count
 * them. Not thread-safe: the window's thread only.
 */
public final class MapFiltering {

    /** One entry of the "Show" box. */
    public record Choice(String text, MapFilter.Kind kind, int labelId) {
        @Override
        public String toString() {
            return text;
        }

        /** Whether the two show the same rows, whatever their words (a renamed label is the same entry). */
        public boolean sameAs(Choice other) {
            return other != null && kind == other.kind && labelId == other.labelId;
        }
    }

    /**
     * What the map and the bar show of the filter now: the rows to dim (null: none) and the bar's count, and
     * whether the filter waits for the doubtful labels to be found.
     */
    public record Shown(boolean[] dimmed, String count, boolean waiting) {
    }

    public static final Choice ALL = new Choice("All images", MapFilter.Kind.ALL, -1);

    private MapFilter filter = MapFilter.NONE;
    /** The doubtful images with the label each is doubtful for; null until found. */
    private Map<Integer, Integer> doubtful;
    private Object doubtfulFor;

    public MapFilter filter() {
        return filter;
    }

    public void choose(Choice c) {
        filter = filter.withKind(c.kind(), c.labelId());
    }

    public void search(String text) {
        filter = filter.withText(text);
    }

    public void clear() {
        filter = MapFilter.NONE;
    }

    /** The "Show" entries: every image, the unlabelled ones, the doubtful labels, the unsure suggestions, each label. */
    public static List<Choice> choices(List<LabelInfo> labels) {
        List<Choice> items = new ArrayList<>(List.of(ALL, new Choice("Unlabelled", MapFilter.Kind.UNLABELLED, -1),
                new Choice("Doubtful labels", MapFilter.Kind.DOUBTFUL, -1),
                new Choice(String.format(Locale.ROOT, "Unsure suggestions (below %.1f)", MapFilter.UNSURE_BELOW),
                        MapFilter.Kind.UNSURE, -1)));
        for (LabelInfo l : labels) {
            items.add(new Choice("Label '" + l.name() + "'", MapFilter.Kind.LABEL, l.id()));
        }
        return items;
    }

    /** The entry of {@code items} that shows what {@code was} showed, else {@link #ALL}. */
    public static Choice same(List<Choice> items, Choice was) {
        return items.stream().filter(c -> c.sameAs(was)).findFirst().orElse(ALL);
    }

    /** The doubtful labels are looked for afresh: until they are found, the doubtful filter waits. */
    public void forgetDoubtful() {
        doubtful = null;
        doubtfulFor = null;
    }

    /** The doubtful labels found in the project {@code session}. */
    public void doubtfulFound(Object session, List<DoubtfulImage> found) {
        doubtfulFor = session;
        doubtful = found.stream().collect(Collectors.toMap(DoubtfulImage::image, DoubtfulImage::label, (a, b) -> a));
    }

    /** Whether the filter shows the doubtful labels and they are not yet found for {@code session}. */
    public boolean waitsForDoubtful(Object session) {
        return filter.kind() == MapFilter.Kind.DOUBTFUL && doubtfulFor != session;
    }

    /**
     * The rows the filter keeps in project {@code session} (every row when it is off or no project is open).
     *
     * @param nameOfImage an image's path in the folder
     */
    public BitSet matches(Object session, ShownRows shown, IntFunction<String> nameOfImage) {
        if (session == null || !filter.isActive()) {
            BitSet all = new BitSet();
            all.set(0, shown.count());
            return all;
        }
        return filter.matches(shown, nameOfImage, doubtfulFor == session && doubtful != null ? doubtful : Map.of());
    }

    /** What the filter shows in project {@code session} (null: none open); nothing is dimmed while it waits. */
    public Shown shown(Object session, ShownRows shown, IntFunction<String> nameOfImage) {
        if (!filter.isActive() || session == null) {
            return new Shown(null, "", false);
        }
        if (waitsForDoubtful(session)) {
            return new Shown(null, "looking for doubtful labels…", true);
        }
        BitSet kept = matches(session, shown, nameOfImage);
        int n = shown.count();
        return new Shown(MapFilter.dimmedOutside(kept, n), counted(kept.cardinality(), n), false);
    }

    /** What the bar says it keeps: "12 of 300 images". */
    public static String counted(int kept, int of) {
        return String.format(Locale.ROOT, "%,d of %,d images", kept, of);
    }

    /** The status line after selecting what the filter keeps. */
    public static String selected(int kept) {
        return String.format(Locale.ROOT, "Selected the %,d image%s the filter shows.", kept, kept == 1 ? "" : "s");
    }
}
