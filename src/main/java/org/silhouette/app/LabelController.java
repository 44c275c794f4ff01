package org.silhouette.app;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;
import org.silhouette.core.LatestOnly;
import org.silhouette.project.LabelInfo;
import org.silhouette.render.MapSelection;
import org.silhouette.session.LabelActions;
import org.silhouette.session.LabelEdits;
import org.silhouette.session.MapPresenter;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.SelectionGestures;

import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Every label operation of the window ({@link LabelActions} says what each does and reports). Each one runs on
 * the store thread; the map changes only when the store has committed it and published the new state, and the
 * status line says it is done only after the call returned. Errors (a read-only project, a busy database, a bad
 * name) become a one-line dialog and change nothing. FX thread.
 */
public final class LabelController {

    private final MapPresenter presenter;
    private final ExecutorService storeThread;
    private final StatusLine status;
    private final Supplier<Window> owner;
    private final ReadOnlyBooleanWrapper writable = new ReadOnlyBooleanWrapper(false);
    /** Where a change to many labels says what it did, with Undo. */
    private final ActionBar told;
    private ProjectSession session;

    LabelController(MapPresenter presenter, ExecutorService storeThread, StatusLine status, ActionBar told,
            Supplier<Window> owner) {
        this.presenter = presenter;
        this.storeThread = storeThread;
        this.status = status;
        this.told = told;
        this.owner = owner;
    }

    void attach(ProjectSession s) {
        session = s;
        writable.set(s != null && !s.isReadOnly());
    }

    /** False with no project, or a read-only one. */
    ReadOnlyBooleanProperty writableProperty() {
        return writable.getReadOnlyProperty();
    }

    // ---- the selection ----------------------------------------------------------------------

    /** Number keys: the label at panel position {@code position} (0 = key 1) for the selection. */
    void assignKey(int position) {
        run(SelectionGestures.assignKey(presenter, position));
    }

    /** The name popup: an existing label, or a new one created in the same undo step. */
    public void assignName(String name) {
        run(SelectionGestures.assignName(presenter, name));
    }

    /** Backspace: the selection becomes unlabelled. */
    void removeLabels() {
        run(SelectionGestures.removeLabels(presenter));
    }

    /** Applies the suggested label to every unlabelled selected image that has one; one undo step. */
    void acceptSuggestions() {
        run(SelectionGestures.acceptSuggestions(presenter));
    }

    /** Selects the unlabelled images whose suggestions are least sure. */
    void selectMostUncertain() {
        status.message(SelectionGestures.selectMostUncertain(presenter));
    }

    /** Selects every image of a label (Shift adds, Alt removes, as on the legend). */
    void selectLabel(LabelInfo label, MapSelection.Op op) {
        presenter.selectWhere(id -> id == label.id(), op);
    }

    // ---- labels themselves --------------------------------------------------------------------

    void undo() {
        run(LabelActions.undo());
    }

    void redo() {
        run(LabelActions.redo());
    }

    // ---- internals ----------------------------------------------------------------------------

    /** Runs a gesture's label action, or says why there is none. */
    void run(LabelActions.Outcome gesture) {
        if (gesture.action() != null) {
            run(gesture.action());
        } else if (gesture.why() != null) {
            status.message(gesture.why());
        }
    }

    /**
     * Runs a label operation ({@link LabelActions}: create, rename, recolour, merge, delete, move, relabel…): its
     * edit on the store thread, its report on the FX thread once it returned; a change to the selection's labels
     * is also told on the action bar, with Undo.
     */
    void run(LabelActions.Action action) {
        ProjectSession ws = session;
        if (ws == null) {
            return;
        }
        if (ws.isReadOnly()) {
            Dialogs.error(owner.get(), "This window is read-only", ws.readOnlyReason().orElse("The project is read-only."));
            return;
        }
        LabelEdits edits = ws.edits();
        status.pending(+1);
        status.message(action.doing() + "…");
        new LatestOnly(Platform::runLater).run(storeThread, () -> action.edit().apply(edits), (text, failure) -> {
            status.pending(-1);
            if (failure != null) {
                status.message("Nothing was changed.");
                Dialogs.error(owner.get(), "Nothing was changed", failure);
            } else {
                status.message(text);
                if (action.selection()) {
                    told.tell(text, this::undo);
                }
            }
        });
    }
}
