package org.silhouette.app;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.silhouette.project.Exporter;
import org.silhouette.session.FileActions;
import org.silhouette.session.ProjectSession;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * File > Export and File > Import. Files are written on the files thread (embeddings on the compute thread,
 * which owns them; imports on the store thread, in order with label edits); failures are one-line dialogs.
 * Each action asks for its file, then calls the method of the same name that takes a path, which runs what
 * {@link FileActions} says. FX thread.
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

    // ---- menu actions: ask, then act -------------------------------------------------------------

    void exportCsv() {
        File f = workspace.get() == null ? null : saveFile("Export labels as CSV", "labels.csv", "CSV", "*.csv");
        if (f != null) {
            exportCsv(f.toPath());
        }
    }

    void exportImageFolder(Exporter.LinkMode mode) {
        if (workspace.get() == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(mode == Exporter.LinkMode.COPY ? "Export an ImageFolder tree (copies) into an empty folder"
                : "Export an ImageFolder tree (links) into an empty folder");
        File dir = chooser.showDialog(owner.get());
        if (dir != null) {
            exportImageFolder(dir.toPath(), mode);
        }
    }

    void exportEmbeddings() {
        File f = workspace.get() == null ? null : saveFile("Export embeddings (.npy; the coordinates go beside it)",
                "embeddings.npy", "NumPy array", "*.npy");
        if (f != null) {
            exportEmbeddings(f.toPath());
        }
    }

    void exportManifest() {
        File f = workspace.get() == null ? null : saveFile("Export a JSON manifest (images, labels, map, suggestions)",
                "manifest.json", "JSON", "*.json");
        if (f != null) {
            exportManifest(f.toPath());
        }
    }

    void importCsv() {
        if (workspace.get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import labels from a CSV (path,label)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) {
            importCsv(f.toPath());
        }
    }

    void importImageFolder() {
        ProjectSession ws = workspace.get();
        if (ws == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import labels from an ImageFolder tree (one folder per label)");
        chooser.setInitialDirectory(ws.imageRoot().toFile());
        File dir = chooser.showDialog(owner.get());
        if (dir != null) {
            importImageFolder(dir.toPath());
        }
    }

    // ---- the work: FileActions says what each does --------------------------------------------------

    Job<String> exportCsv(Path file) {
        return run(FileActions.labelsCsv(workspace.get(), file));
    }

    Job<String> exportImageFolder(Path dir, Exporter.LinkMode mode) {
        return run(FileActions.imageFolder(workspace.get(), dir, mode));
    }

    Job<String> exportEmbeddings(Path npy) {
        return run(FileActions.embeddings(workspace.get(), npy));
    }

    Job<String> exportManifest(Path file) {
        return run(FileActions.manifest(workspace.get(), file));
    }

    Job<String> importCsv(Path file) {
        return run(FileActions.importCsv(workspace.get(), file));
    }

    Job<String> importImageFolder(Path dir) {
        return run(FileActions.importImageFolder(workspace.get(), dir));
    }

    private File saveFile(String title, String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return chooser.showSaveDialog(owner.get());
    }

    private Job<String> run(FileActions.Action action) {
        String title = action.title();
        Job<String> job = new Job<>(title, action.work()::run);
        job.setOnSucceeded(e -> status.message(job.getValue()));
        job.setOnFailed(e -> Dialogs.error(owner.get(), title + " failed", job.getException()));
        job.setOnCancelled(e -> status.message(title + ": cancelled."));
        tasks.add(job);
        ExecutorService on = switch (action.queue()) {
            case FILES -> workers.files;
            case COMPUTE -> workers.compute;
            case STORE -> workers.store;
        };
        on.execute(job);
        return job;
    }
}
