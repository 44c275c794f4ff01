package org.silhouette.session;

import org.silhouette.project.LabelInfo;
import org.silhouette.render.MapSelection;
import org.silhouette.session.LabelActions.Outcome;

import java.util.function.Function;

/**
 * What the labelling gestures on the map's selection come to: a number key, the name box, Backspace, Shift+A and
 * "the most uncertain". Each reads what the map shows ({@link MapPresenter}) and gives the label action to run, or
 * the line that says why there is none; the app runs the one and shows the other.
 */
public final class SelectionGestures {

    /** How many images "the most uncertain" selects. */
    public static final int UNCERTAIN_COUNT = 48;
    /** Said when a gesture needs a selection and there is none. */
    public static final String SELECT_FIRST = "Select images first: drag a lasso around them on the map.";
    static final String NO_SUGGESTIONS = "No suggestions yet: label images of at least one group first.";

    private SelectionGestures() {
    }

    /** A number key: the label at panel position {@code position} (0 = key 1) for the selection. */
    public static Outcome assignKey(MapPresenter map, int position) {
        LabelInfo label = map.palette().at(position);
        if (label == null) {
            return Outcome.refused("There is no label " + (position + 1) + " yet: press N to name the selection.");
        }
        return onSelection(map, images -> LabelActions.assign(images, label));
    }

    /** The name box: an existing label, or a new one created in the same undo step; a blank name does nothing. */
    public static Outcome assignName(MapPresenter map, String name) {
        String n = name.strip();
        return n.isEmpty() ? Outcome.NOTHING : onSelection(map, images -> LabelActions.assignName(images, n));
    }

    /** Backspace: the selection becomes unlabelled. */
    public static Outcome removeLabels(MapPresenter map) {
        return onSelection(map, LabelActions::removeLabels);
    }

    /** Shift+A: every unlabelled selected image that has a suggestion takes it; one undo step. */
    public static Outcome acceptSuggestions(MapPresenter map) {
        RowLabels shown = map.shown();
        if (shown.suggested() == null) {
            return Outcome.refused(NO_SUGGESTIONS);
        }
        int[] open = shown.acceptable(map.selection().toArray());
        if (open.length == 0) {
            return Outcome.refused("No unlabelled image in the selection has a suggestion.");
        }
        return Outcome.run(LabelActions.acceptSuggestions(shown.rows().images(open), shown.suggestionsOf(open)));
    }

    /** What a number key asks before it labels many images at once (Enter applies); null: it goes ahead. */
    public static String askBeforeAssign(MapPresenter map, int position) {
        LabelInfo label = map.palette().at(position);
        int selected = map.selection().count();
        return label == null || selected <= 1 ? null : SelectionTexts.askAssign(selected, label.name());
    }

    /** What Backspace or Delete asks before it removes many images' labels at once; null: it goes ahead. */
    public static String askBeforeRemove(MapPresenter map) {
        int selected = map.selection().count();
        return selected <= 1 ? null : SelectionTexts.askRemove(selected);
    }

    /**
     * Selects the {@value #UNCERTAIN_COUNT} unlabelled images whose suggestions are least sure; returns the line
     * that says so, or why there are none.
     */
    public static String selectMostUncertain(MapPresenter map) {
        RowLabels shown = map.shown();
        if (shown.suggested() == null) {
            return NO_SUGGESTIONS;
        }
        int[] rows = shown.mostUncertain(UNCERTAIN_COUNT);
        map.selection().apply(MapSelection.of(rows), MapSelection.Op.REPLACE);
        return "Selected the " + rows.length + " unlabelled images whose suggestions are least sure.";
    }

    private static Outcome onSelection(MapPresenter map, Function<int[], LabelActions.Action> action) {
        int[] images = map.selectedImages();
        return images.length == 0 ? Outcome.refused(SELECT_FIRST) : Outcome.run(action.apply(images));
    }
}
