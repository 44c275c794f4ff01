package org.silhouette.app;

import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.Node;
import org.controlsfx.control.TaskProgressView;

/**
 * The running background tasks, each with its progress bar and a Cancel button (ControlsFX
 * {@link TaskProgressView}), floating over the map's lower left corner; hidden while nothing runs. Finished tasks leave the list by themselves.
 */
final class TaskList {

    private static final double ROW_HEIGHT = 58;

    private final TaskProgressView<Task<?>> view = new TaskProgressView<>();

    TaskList() {
        view.getStyleClass().add("task-list");
        view.setVisible(false);
        view.setMaxWidth(460);
        view.getTasks().addListener((ListChangeListener<Task<?>>) c -> {
            int n = view.getTasks().size();
            view.setVisible(n > 0);
            view.setMaxHeight(12 + ROW_HEIGHT * Math.min(n, 3)); // a floating box, no taller than its tasks
            view.setPrefHeight(view.getMaxHeight());
        });
    }

    Node node() {
        return view;
    }

    /** Shows a task until it ends; call before it is started. */
    void add(Task<?> task) {
        view.getTasks().add(task);
    }

    /** The running tasks' messages, e.g. "Embedding: 96 of 400" (for tests). */
    java.util.List<String> messages() {
        return view.getTasks().stream().map(Task::getMessage).toList();
    }

    int size() {
        return view.getTasks().size();
    }

    /** Asks every listed task to stop. */
    void cancelAll() {
        for (Task<?> t : java.util.List.copyOf(view.getTasks())) {
            t.cancel();
        }
    }
}
