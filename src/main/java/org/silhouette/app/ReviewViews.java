package org.silhouette.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The three ways to finish labelling that FiftyOne and Label Studio users expect: the filter bar over the map
 * ({@link FilterBar}, Ctrl+F), the review queue ({@link ReviewQueueWindow}, Ctrl+U) and the confusion table
 * ({@link ConfusionWindow}, Ctrl+T), with their Review menu. FX thread.
 */
final class ReviewViews {

    final FilterBar filter;
    final ReviewQueueWindow queue;
    final ConfusionWindow confusion;

    ReviewViews(WindowParts app, Runnable gallery) {
        filter = new FilterBar(app);
        queue = new ReviewQueueWindow(app);
        confusion = new ConfusionWindow(app, gallery);
    }

    /** The Review menu; its keys work wherever the keyboard is in the main window. */
    Menu menu(ObservableBooleanValue projectOpen) {
        var noProject = Bindings.not(projectOpen);
        return new Menu("Review", null,
                AppMenus.item("Filter the map…", "Shortcut+F", filter::focus, noProject),
                AppMenus.item("Show every image (clear the filter)", null, filter::clear, noProject),
                new SeparatorMenuItem(),
                AppMenus.item("Review suggestions…", "Shortcut+U", queue::show, noProject),
                AppMenus.item("Confusion table…", "Shortcut+T", confusion::show, noProject));
    }
}
