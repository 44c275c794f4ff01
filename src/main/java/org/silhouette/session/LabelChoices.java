package org.silhouette.session;

import org.silhouette.project.LabelInfo;

import java.util.List;
import java.util.Optional;

/**
 * What the label panel offers and asks before it changes a label: the labels one can be merged into, and the
 * words of its questions.
 */
public final class LabelChoices {

    private LabelChoices() {
    }

    /** The labels {@code from} can be merged into: every other one, in panel order (none when it is alone). */
    public static List<LabelInfo> mergeTargets(List<LabelInfo> labels, LabelInfo from) {
        return labels.stream().filter(l -> l.id() != from.id()).toList();
    }

    /** The label of {@code labels} that the user picked by its name. */
    public static Optional<LabelInfo> named(List<LabelInfo> labels, String name) {
        return labels.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public static String mergeQuestion(LabelInfo from, int images) {
        return "Merge '" + from.name() + "' (" + images + " images) into…";
    }

    public static String renamePrompt(LabelInfo label) {
        return "New name for '" + label.name() + "':";
    }

    public static String deleteQuestion(LabelInfo label) {
        return "Delete the label '" + label.name() + "'?";
    }

    /** What deleting a label with {@code images} images does, and how to take it back. */
    public static String deleteConsequence(int images) {
        return images + " images lose this label and become unlabelled. Edit > Undo (Ctrl+Z) brings it back.";
    }

    /** The number key shown before the label at {@code position}: 1–9 for the first nine, blank after. */
    public static String key(int position) {
        return position < 9 ? String.valueOf(position + 1) : " ";
    }
}
