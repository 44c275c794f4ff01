package org.silhouette.session;

import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A map's rows with what the window shows of their labels: each row's label id, the label panel's order of
 * the labels ({@link LabelPalette}) and the suggestions of the last analysis of these rows. It answers what
 * the window asks of them (which selected rows can take their suggestion, which are least sure, what a row's
 * caption says), so the window only shows the answers. Immutable: a change makes a new one.
 *
 * @param state the committed labels, or null before the store published any
 * @param labelOfRow label id per row (-1 unlabelled)
 * @param suggested suggested label id per row (-1 none), or null before these rows were analysed
 * @param confidence the suggestions' confidence per row, or null
 */
public record RowLabels(Rows rows, LabelState state, LabelPalette palette, int[] labelOfRow, int[] suggested,
        float[] confidence) {

    /** No project: no rows, no labels. */
    public static RowLabels none() {
        return new RowLabels(new Rows(new int[0]), null, new LabelPalette(List.of(), Map.of()), new int[0], null, null);
    }

    /** Another map's rows: the labels follow their images; the suggestions were for the old rows and are dropped. */
    public RowLabels withRows(Rows next) {
        return new RowLabels(next, state, palette, state == null ? new int[0] : next.labelsOf(state), null, null);
    }

    /** The store's new labels, as the panel orders them. */
    public RowLabels withLabels(LabelState s) {
        return new RowLabels(rows, s, LabelPalette.of(s), rows.labelsOf(s), suggested, confidence);
    }

    /** The suggestions of an analysis of these rows. */
    public RowLabels withSuggestions(int[] s, float[] c) {
        return new RowLabels(rows, state, palette, labelOfRow, s, c);
    }

    /** A label's name; "?" for a label deleted meanwhile, or before there are labels. */
    public String labelName(int labelId) {
        return state == null ? "?" : state.label(labelId).map(LabelInfo::name).orElse("?");
    }

    /** Of {@code asked}, the unlabelled rows that have a suggestion: what accepting suggestions labels. */
    public int[] acceptable(int[] asked) {
        if (suggested == null) {
            return new int[0];
        }
        return Arrays.stream(asked).filter(r -> r < suggested.length && suggested[r] >= 0 && labelOfRow[r] < 0)
                .toArray();
    }

    /** The suggested label id of each of these rows. */
    public int[] suggestionsOf(int[] asked) {
        return Arrays.stream(asked).map(r -> suggested[r]).toArray();
    }

    /** At most {@code count} unlabelled rows whose suggestions are least sure; none before an analysis. */
    public int[] mostUncertain(int count) {
        return suggested == null ? new int[0] : new Suggestions(suggested, confidence).mostUncertain(labelOfRow, count);
    }

    /** A row's caption: its label, else its suggestion with how sure it is, else that it has neither. */
    public String caption(int row) {
        if (state != null && row < labelOfRow.length && labelOfRow[row] >= 0) {
            return "Label: " + labelName(labelOfRow[row]);
        }
        if (state != null && suggested != null && row < suggested.length && suggested[row] >= 0) {
            return "Unlabelled; suggested: " + labelName(suggested[row]) + " ("
                    + Suggestions.confidenceText(confidence == null ? Float.NaN : confidence[row]) + ")";
        }
        return "Unlabelled";
    }
}
