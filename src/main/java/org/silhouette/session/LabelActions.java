package org.silhouette.session;

import org.silhouette.project.LabelInfo;

import java.util.Locale;
import java.util.function.Consumer;
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

    /** What a gesture comes to: an action to run, or (no action) why nothing happens; neither: nothing to say. */
    public record Outcome(Action action, String why) {

        /** Nothing happens, and nothing is said (a blank name, a key with nothing to act on). */
        public static final Outcome NOTHING = new Outcome(null, null);

        public static Outcome run(Action action) {
            return new Outcome(action, null);
        }

        public static Outcome refused(String why) {
            return new Outcome(null, why);
        }
    }

    private LabelActions() {
    }

    /** A number key: the selected images get this label. */
    public static Action assign(int[] images, LabelInfo label) {
        return ofSelection(labelling(images), e -> e.assign(images, label.id()), labelled(images.length, label.name()));
    }

    /** The name box: an existing label, or a new one created in the same undo step. */
    public static Action assignName(int[] images, String name) {
        return ofSelection(labelling(images), e -> e.assignName(images, name), labelled(images.length, name));
    }

    /** The selection's unlabelled images take their suggested labels, each its own. */
    public static Action acceptSuggestions(int[] images, int[] labelIds) {
        return ofSelection("Accepting suggestions", e -> e.assignEach(images, labelIds),
                String.format(Locale.ROOT, "Accepted %,d suggestions.", images.length));
    }

    /** Backspace: the selected images become unlabelled. */
    public static Action removeLabels(int[] images) {
        return ofSelection("Removing labels", e -> e.unassign(images),
                String.format(Locale.ROOT, "Removed the labels of %,d images.", images.length));
    }

    /** These images, whatever is selected, get one label (the review windows); {@code done} is the line after. */
    public static Action relabel(int[] images, int labelId, String done) {
        return of("Relabelling", e -> e.assign(images, labelId), done);
    }

    public static Action create(String name) {
        return new Action("Creating a label", e -> "Created the label '" + e.create(name.strip()).name() + "'.", false);
    }

    public static Action rename(LabelInfo label, String name) {
        return of("Renaming", e -> e.rename(label.id(), name.strip()),
                "Renamed '" + label.name() + "' to '" + name.strip() + "'.");
    }

    public static Action recolour(LabelInfo label, int rgb) {
        return of("Recolouring", e -> e.recolour(label.id(), rgb), "Recoloured '" + label.name() + "'.");
    }

    public static Action merge(LabelInfo from, LabelInfo into) {
        return of("Merging", e -> e.merge(from.id(), into.id()),
                "Merged '" + from.name() + "' into '" + into.name() + "'.");
    }

    public static Action delete(LabelInfo label) {
        return of("Deleting", e -> e.delete(label.id()),
                "Deleted the label '" + label.name() + "'; its images are unlabelled (Ctrl+Z brings it back).");
    }

    /** Moves a label to {@code index} in the panel order. */
    public static Action move(LabelInfo label, int index) {
        return of("Reordering", e -> e.move(label.id(), index), "Moved '" + label.name() + "'.");
    }

    public static Action undo() {
        return new Action("Undoing", e -> e.undo().map(what -> "Undid: " + what + ".").orElse("Nothing to undo."),
                false);
    }

    public static Action redo() {
        return new Action("Redoing", e -> e.redo().map(what -> "Redid: " + what + ".").orElse("Nothing to redo."),
                false);
    }

    /** A change whose line after is known before it runs. */
    private static Action of(String doing, Consumer<LabelEdits> change, String done) {
        return new Action(doing, e -> {
            change.accept(e);
            return done;
        }, false);
    }

    /** A change of the selection's labels. */
    private static Action ofSelection(String doing, Consumer<LabelEdits> change, String done) {
        return new Action(doing, of(doing, change, done).edit(), true);
    }

    private static String labelling(int[] images) {
        return "Labelling " + images.length + " images";
    }

    private static String labelled(int count, String name) {
        return String.format(Locale.ROOT, "Labelled %,d images '%s'.", count, name);
    }
}
