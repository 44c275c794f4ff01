package org.silhouette.app;

import javafx.stage.Window;
import org.silhouette.app.map.MapView;
import org.silhouette.core.LatestOnly;
import org.silhouette.session.Failures;
import org.silhouette.session.MapPresenter;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.Workers;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the views over the main window share (the review windows, the filter bar, the image windows): the map and
 * its presenter, the label operations, the background threads, the status line, the open project and the window
 * that owns theirs. FX thread.
 *
 * @param session the project open now (null when none)
 */
record WindowParts(MapView map, MapPresenter presenter, LabelController labels, Workers workers, StatusLine status,
        Supplier<ProjectSession> session, Supplier<Window> owner) {

    /** The project open now, or null. */
    ProjectSession current() {
        return session.get();
    }

    /**
     * Works out {@code work} for project {@code ws} on the compute thread, as the latest request of {@code latest};
     * {@code shown} gets the result or {@code failed} what it threw, on the FX thread, unless another project is
     * open by then (the result means nothing there).
     */
    <T> void compute(LatestOnly latest, ProjectSession ws, Callable<T> work, Consumer<T> shown,
            Consumer<String> failed) {
        latest.run(workers.compute, work, (result, error) -> {
            if (ws != current()) {
                return;
            }
            if (error != null) {
                failed.accept(Failures.describe(error));
            } else {
                shown.accept(result);
            }
        });
    }
}
