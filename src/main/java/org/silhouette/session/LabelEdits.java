package org.silhouette.session;

import org.silhouette.project.Importer;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;
import org.silhouette.project.ProjectStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The label changes of an open project, by image id and label id. Each is one transaction and one undo
 * step, durable when the call returns; safe from any thread (the store serialises them). A read-only
 * project refuses them with a one-line {@link org.silhouette.core.UserError}.
 */
public final class LabelEdits {

    private final ProjectStore store;

    LabelEdits(ProjectStore store) {
        this.store = store;
    }

    /** Gives every image the label {@code labelId} (number keys, the label panel). */
    public LabelState assign(int[] images, int labelId) {
        return store.assign(images, labelId);
    }

    /** Gives every image the label of that name, creating it in the same undo step when it is new. */
    public LabelState assignName(int[] images, String name) {
        String[] names = new String[images.length];
        Arrays.fill(names, name);
        return store.assignNamed(images, names, String.format(Locale.ROOT, "Label %,d images '%s'", images.length,
                name));
    }

    /** Gives each image its own label, e.g. its suggestion. */
    public LabelState assignEach(int[] images, int[] labelIds) {
        return store.assignEach(images, labelIds);
    }

    /** The images become unlabelled. */
    public LabelState unassign(int[] images) {
        return store.unassign(images);
    }

    public LabelInfo create(String name) {
        return store.createLabel(name);
    }

    public LabelState rename(int labelId, String name) {
        return store.renameLabel(labelId, name);
    }

    public LabelState recolour(int labelId, int rgb) {
        return store.recolourLabel(labelId, rgb);
    }

    /** Moves every image of {@code from} to {@code into} and deletes {@code from}. */
    public LabelState merge(int from, int into) {
        return store.mergeLabels(from, into);
    }

    /** Deletes a label; its images become unlabelled. */
    public LabelState delete(int labelId) {
        return store.deleteLabel(labelId);
    }

    /** Moves a label to {@code index} in the panel order. */
    public LabelState move(int labelId, int index) {
        return store.moveLabel(labelId, index);
    }

    /** Undoes the last step; what was undone, or empty when there was nothing to undo. */
    public Optional<String> undo() {
        String what = store.snapshot().undoDescription().orElse("");
        return store.undo() ? Optional.of(what) : Optional.empty();
    }

    /** Redoes the last undone step; what was redone, or empty when there was nothing to redo. */
    public Optional<String> redo() {
        String what = store.snapshot().redoDescription().orElse("");
        return store.redo() ? Optional.of(what) : Optional.empty();
    }

    /** The labels of a {@code path,label} CSV, in one undo step. */
    public Importer.ImportReport importCsv(Path csv) throws IOException {
        return Importer.importCsv(store, csv);
    }

    /** The labels of an ImageFolder tree (one sub-folder per label), in one undo step. */
    public Importer.ImportReport importImageFolder(Path tree) throws IOException {
        return Importer.importImageFolder(store, tree);
    }
}
