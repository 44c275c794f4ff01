package org.silhouette.session;

import org.silhouette.project.LabelInfo;

import java.util.Locale;
import java.util.function.Function;

/**
 * The window's label operations as plain Java: what each says while it runs ("Renaming…"), the edit it makes
 * through {@link LabelEdits}, and the line it leaves in the status once the store has committed it. The app
 * runs the edit on its store thread and shows the texts; tests run it directly.
 */
public final class LabelActions {

    /**
     * One label operation.
     *
     * @param doing what the status line says while it runs
     * @param edit the change; returns what the status line says after
     * @param selection whether it changes the selection's labels (the window offers Undo for those)
     */
    public record Action(String doing, Function<LabelEdits, String> edit, boolean selection) {
    }

    private LabelActions() {
    }

    /** A number key: the selected images get this label. */
    public static Action assign(int[] images, LabelInfo label) {
        return new Action(labelling(images), e -> {
            e.assign(images, label.id());
            return labelled(images.length, label.name());
        }, true);
    }

    /** The name box: an existing label, or a new one created in the same undo step. */
    public static Action assignName(int[] images, String name) {
        return new Action(labelling(images), e -> {
            e.assignName(images, name);
            return labelled(images.length, name);
        }, true);
    }

    /** The selection's unlabelled images take their suggested labels, each its own. */
    public static Action acceptSuggestions(int[] images, int[] labelIds) {
        return new Action("Accepting suggestions", e -> {
            e.assignEach(images, labelIds);
            return String.format(Locale.ROOT, "Accepted %,d suggestions.", images.length);
        }, true);
    }

    /** Backspace: the selected images become unlabelled. */
    public static Action removeLabels(int[] images) {
        return new Action("Removing labels", e -> {
            e.unassign(images);
            return String.format(Locale.ROOT, "Removed the labels of %,d images.", images.length);
        }, true);
    }

    /** These images, whatever is selected, get one label (the review windows); {@code done} is the line after. */
    public static Action relabel(int[] images, int labelId, String done) {
        return new Action("Relabelling", e -> {
            e.assign(images, labelId);
            return done;
        }, false);
    }

    public static Action create(String name) {
        return new Action("Creating a label", e -> "Created the label '" + e.create(name.strip()).name() + "'.", false);
    }

    public static Action rename(LabelInfo label, String name) {
        return new Action("Renaming", e -> {
            e.rename(label.id(), name.strip());
            return "Renamed '" + label.name() + "' to '" + name.strip() + "'.";
        }, false);
    }

    public static Action recolour(LabelInfo label, int rgb) {
        return new Action("Recolouring", e -> {
            e.recolour(label.id(), rgb);
            return "Recoloured '" + label.name() + "'.";
        }, false);
    }

    public static Action merge(LabelInfo from, LabelInfo into) {
        return new Action("Merging", e -> {
            e.merge(from.id(), into.id());
            return "Merged '" + from.name() + "' into '" + into.name() + "'.";
        }, false);
    }

    public static Action delete(LabelInfo label) {
        return new Action("Deleting", e -> {
            e.delete(label.id());
            return "Deleted the label '" + label.name() + "'; its images are unlabelled (Ctrl+Z brings it back).";
        }, false);
    }

    /** Moves a label to {@code index} in the panel order. */
    public static Action move(LabelInfo label, int index) {
        return new Action("Reordering", e -> {
            e.move(label.id(), index);
            return "Moved '" + label.name() + "'.";
        }, false);
    }

    public static Action undo() {
        return new Action("Undoing", e -> e.undo().map(what -> "Undid: " + what + ".").orElse("Nothing to undo."),
                false);
    }

    public static Action redo() {
        return new Action("Redoing", e -> e.redo().map(what -> "Redid: " + what + ".").orElse("Nothing to redo."),
                false);
    }

    private static String labelling(int[] images) {
        return "Labelling " + images.length + " images";
    }

    private static String labelled(int count, String name) {
        return String.format(Locale.ROOT, "Labelled %,d images '%s'.", count, name);
    }
}
