package org.silhouette.app;

import javafx.stage.Window;
import org.silhouette.session.ProjectSession;

import java.util.function.Supplier;

/**
 * What the views over the main window share (the review windows, the filter bar, the image windows): the map's
 * presenter, the label operations, the background threads, the status line, the open project and the window
 * that owns theirs. FX thread.
 *
 * @param session the project open now (null when none)
 */
record WindowParts(MapPresenter presenter, LabelController labels, Workers workers, StatusLine status,
        Supplier<ProjectSession> session, Supplier<Window> owner) {

    /** The project open now, or null. */
    ProjectSession current() {
        return session.get();
    }
}
