package org.silhouette.app;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;
import org.silhouette.project.LabelInfo;
import org.silhouette.render.MapSelection;
import org.silhouette.session.LabelEdits;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.RowLabels;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Every label operation of the window. Each one runs on the store thread; the map changes only when the store
 * has committed it and published the new state, and the status line says it is done only after the call
 * returned. Errors (a read-only project, a busy database, a bad name) become a one-line dialog and change
 * nothing. FX thread.
 */
final class LabelController {

    /** How many images "Show most uncertain" selects. */
    static final int UNCERTAIN_COUNT = 48;

    private final MapPresenter presenter;
    private final ExecutorService storeThread;
    private final StatusLine status;
    private final Supplier<Window> owner;
    private final ReadOnlyBooleanWrapper writable = new ReadOnlyBooleanWrapper(false);
    private ProjectSession session;
    private ActionBar told;

    LabelController(MapPresenter presenter, ExecutorService storeThread, StatusLine status, Supplier<Window> owner) {
        this.presenter = presenter;
        this.storeThread = storeThread;
        this.status = status;
        this.owner = owner;
    }

    void attach(ProjectSession s) {
        session = s;
        writable.set(s != null && !s.isReadOnly());
    }

    /** Where a change to many labels says what it did, with Undo. */
    void tellOn(ActionBar bar) {
        told = bar;
    }

    /** False with no project, or a read-only one. */
    ReadOnlyBooleanProperty writableProperty() {
        return writable.getReadOnlyProperty();
    }

    // ---- the selection ----------------------------------------------------------------------

    /** Number keys: the label at panel position {@code position} (0 = key 1) for the selection. */
    void assignKey(int position) {
        LabelInfo label = presenter.palette().at(position);
        if (label == null) {
            status.message("There is no label " + (position + 1) + " yet: press N to name the selection.");
            return;
        }
        withSelection(images -> bulk("Labelling " + images.length + " images", st -> {
            st.assign(images, label.id());
            return done(images.length, label.name());
        }));
    }

    /** The name popup: an existing label, or a new one created in the same undo step. */
    void assignName(String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            return;
        }
        withSelection(images -> bulk("Labelling " + images.length + " images", st -> {
            st.assignName(images, n);
            return done(images.length, n);
        }));
    }

    /** Gives these images one label, whatever is selected; one undo step. {@code done} is the status line after. */
    void relabel(int[] images, int labelId, String done) {
        write("Relabelling", st -> {
            st.assign(images, labelId);
            return done;
        });
    }

    /** Backspace: the selection becomes unlabelled. */
    void removeLabels() {
        withSelection(images -> bulk("Removing labels", st -> {
            st.unassign(images);
            return String.format(Locale.ROOT, "Removed the labels of %,d images.", images.length);
        }));
    }

    /** Applies the suggested label to every unlabelled selected image that has one; one undo step. */
    void acceptSuggestions() {
        RowLabels shown = presenter.shown();
        if (noSuggestionsYet(shown)) {
            return;
        }
        int[] open = shown.acceptable(presenter.map().selectionModel().toArray());
        if (open.length == 0) {
            status.message("No unlabelled image in the selection has a suggestion.");
            return;
        }
        int[] images = shown.rows().images(open);
        int[] ids = shown.suggestionsOf(open);
        bulk("Accepting suggestions", st -> {
            st.assignEach(images, ids);
            return String.format(Locale.ROOT, "Accepted %,d suggestions.", images.length);
        });
    }

    /** Selects the unlabelled images whose suggestions are least sure. */
    void selectMostUncertain() {
        RowLabels shown = presenter.shown();
        if (noSuggestionsYet(shown)) {
            return;
        }
        int[] rows = shown.mostUncertain(UNCERTAIN_COUNT);
        java.util.BitSet hits = new java.util.BitSet();
        for (int r : rows) {
            hits.set(r);
        }
        presenter.map().selectionModel().apply(hits, MapSelection.Op.REPLACE);
        status.message("Selected the " + rows.length + " unlabelled images whose suggestions are least sure.");
    }

    // ---- labels themselves --------------------------------------------------------------------

    void create(String name) {
        write("Creating a label", st -> "Created the label '" + st.create(name.strip()).name() + "'.");
    }

    void rename(LabelInfo label, String name) {
        write("Renaming", st -> {
            st.rename(label.id(), name.strip());
            return "Renamed '" + label.name() + "' to '" + name.strip() + "'.";
        });
    }

    void recolour(LabelInfo label, int rgb) {
        write("Recolouring", st -> {
            st.recolour(label.id(), rgb);
            return "Recoloured '" + label.name() + "'.";
        });
    }

    void merge(LabelInfo from, LabelInfo into) {
        write("Merging", st -> {
            st.merge(from.id(), into.id());
            return "Merged '" + from.name() + "' into '" + into.name() + "'.";
        });
    }

    void delete(LabelInfo label) {
        write("Deleting", st -> {
            st.delete(label.id());
            return "Deleted the label '" + label.name() + "'; its images are unlabelled (Ctrl+Z brings it back).";
        });
    }

    void move(LabelInfo label, int index) {
        write("Reordering", st -> {
            st.move(label.id(), index);
            return "Moved '" + label.name() + "'.";
        });
    }

    void undo() {
        write("Undoing", st -> st.undo().map(what -> "Undid: " + what + ".").orElse("Nothing to undo."));
    }

    void redo() {
        write("Redoing", st -> st.redo().map(what -> "Redid: " + what + ".").orElse("Nothing to redo."));
    }

    /** Selects every image of a label (Shift adds, Alt removes, as on the legend). */
    void selectLabel(LabelInfo label, MapSelection.Op op) {
        presenter.selectWhere(id -> id == label.id(), op);
    }

    // ---- internals ----------------------------------------------------------------------------

    /** True, after telling the user why, before there are suggestions. */
    private boolean noSuggestionsYet(RowLabels shown) {
        if (shown.suggested() == null) {
            status.message("No suggestions yet: label images of at least one group first.");
            return true;
        }
        return false;
    }

    private static String done(int count, String name) {
        return String.format(Locale.ROOT, "Labelled %,d images '%s'.", count, name);
    }

    private void withSelection(java.util.function.Consumer<int[]> action) {
        if (!presenter.withSelection(action)) {
            status.message("Select images first: drag a lasso around them on the map.");
        }
    }

    /** Runs a label edit on the store thread; reports on the FX thread once it returned. */
    @FunctionalInterface
    private interface StoreOp {
        String run(LabelEdits edits) throws Exception;
    }

    /** A change to the selection's labels: besides the status line, the action bar says it, with Undo. */
    private void bulk(String doing, StoreOp op) {
        write(doing, op, true);
    }

    private void write(String doing, StoreOp op) {
        write(doing, op, false);
    }

    private void write(String doing, StoreOp op, boolean tell) {
        ProjectSession ws = session;
        if (ws == null) {
            return;
        }
        if (ws.isReadOnly()) {
            Dialogs.error(owner.get(), "This window is read-only", ws.readOnlyReason().orElse("The project is read-only."));
            return;
        }
        LabelEdits s = ws.edits();
        status.pending(+1);
        status.message(doing + "…");
        storeThread.execute(() -> {
            String result;
            Throwable error = null;
            try {
                result = op.run(s);
            } catch (Throwable t) {
                result = null;
                error = t;
            }
            String text = result;
            Throwable failure = error;
            Platform.runLater(() -> {
                status.pending(-1);
                if (failure != null) {
                    status.message("Nothing was changed.");
                    Dialogs.error(owner.get(), "Nothing was changed", failure);
                } else {
                    status.message(text);
                    if (tell && told != null) {
                        told.tell(text, this::undo);
                    }
                }
            });
        });
    }

    /** The label at panel position {@code position} (0 = key 1), or null. */
    LabelInfo labelAt(int position) {
        return presenter.palette().at(position);
    }
}
