package org.silhouette.app;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.silhouette.session.FileActions;
import org.silhouette.session.FileMenu;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.Workers;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * File > Export and File > Import. Files are written on the files thread (embeddings on the compute thread,
 * which owns them; imports on the store thread, in order with label edits); failures are one-line dialogs.
 * Each entry ({@link FileMenu}: what it asks for and what it runs) asks for its file, then runs its
 * {@link FileActions} action. FX thread.
 */
final class ExportController {

    private final Supplier<ProjectSession> workspace;
    private final Workers workers;
    private final TaskList tasks;
    private final StatusLine status;
    private final Supplier<Window> owner;

    ExportController(Supplier<ProjectSession> workspace, Workers workers, TaskList tasks, StatusLine status,
            Supplier<Window> owner) {
        this.workspace = workspace;
        this.workers = workers;
        this.tasks = tasks;
        this.status = status;
        this.owner = owner;
    }

    /** A menu entry: asks for its file or folder, then runs its action with the answer. */
    void ask(FileMenu entry) {
        ProjectSession ws = workspace.get();
        File chosen = ws == null ? null : switch (entry.ask()) {
            case SAVE -> {
                FileChooser c = fileChooser(entry);
                c.setInitialFileName(entry.fileName());
                yield c.showSaveDialog(owner.get());
            }
            case OPEN -> fileChooser(entry).showOpenDialog(owner.get());
            case FOLDER, IMAGE_FOLDER -> {
                DirectoryChooser c = new DirectoryChooser();
                c.setTitle(entry.title());
                if (entry.ask() == FileMenu.Ask.IMAGE_FOLDER) {
                    c.setInitialDirectory(ws.imageRoot().toFile());
                }
                yield c.showDialog(owner.get());
            }
        };
        if (chosen != null) {
            run(entry, chosen.toPath());
        }
    }

    /** Runs an entry's action with a file or folder already chosen. */
    Job<String> run(FileMenu entry, Path chosen) {
        return run(entry.action(workspace.get(), chosen));
    }

    private static FileChooser fileChooser(FileMenu entry) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(entry.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(entry.fileKind(), entry.pattern()));
        return chooser;
    }

    private Job<String> run(FileActions.Action action) {
        String title = action.title();
        Job<String> job = new Job<>(title, action.work()::run);
        job.setOnSucceeded(e -> status.message(job.getValue()));
        job.setOnFailed(e -> Dialogs.error(owner.get(), title + " failed", job.getException()));
        job.setOnCancelled(e -> status.message(title + ": cancelled."));
        tasks.add(job);
        workers.of(action.queue()).execute(job);
        return job;
    }
}
