package org.silhouette.app;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.silhouette.project.Exporter;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.SessionExports;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * File > Export and File > Import. Files are written on the files thread (embeddings on the compute thread,
 * which owns them; imports on the store thread, in order with label edits); failures are one-line dialogs.
 * Each action asks for its file, then calls the method of the same name that takes a path. FX thread.
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

    // ---- the work ---------------------------------------------------------------------------------

    /** {@code path,label} of every labelled image. */
    Job<String> exportCsv(Path file) {
        ProjectSession ws = workspace.get();
        return run(workers.files, "Exporting labels", (p, c) -> {
            int n = ws.exports().labelsCsv(file);
            return String.format(Locale.ROOT, "Exported %,d labelled images to %s.", n, file);
        });
    }

    /** {@code dir/<label>/<image path>}, copies or symbolic links; {@code dir} must be new or empty. */
    Job<String> exportImageFolder(Path dir, Exporter.LinkMode mode) {
        ProjectSession ws = workspace.get();
        return run(workers.files, "Exporting images", (p, c) -> {
            Exporter.ImageFolderReport r = ws.exports().imageFolder(dir, mode, p, c);
            return String.format(Locale.ROOT, "Exported %,d images into %s%s.", r.written(), dir,
                    r.skipped().isEmpty() ? "" : "; " + r.skipped().size() + " missing on disk were skipped");
        });
    }

    /** The map's embedding as {@code X.npy} and {@code X.coords.csv} ({@code path,label,x,y}) beside it. */
    Job<String> exportEmbeddings(Path npy) {
        ProjectSession ws = workspace.get();
        Path csv = SessionExports.coordinatesFile(npy);
        return run(workers.compute, "Exporting embeddings", (p, c) -> {
            int rows = ws.exports().embeddings(npy, csv);
            return String.format(Locale.ROOT, "Exported the embeddings of %,d images to %s and the coordinates to %s.",
                    rows, npy, csv.getFileName());
        });
    }

    /** Every image with its label, map place and suggestion, and the labels, as one JSON file. */
    Job<String> exportManifest(Path file) {
        ProjectSession ws = workspace.get();
        return run(workers.compute, "Exporting the manifest", (p, c) -> String.format(Locale.ROOT,
                "Exported a manifest of %,d images to %s.", ws.exports().manifest(file), file));
    }

    /** A {@code path,label} CSV: one transaction, one undo step. */
    Job<String> importCsv(Path file) {
        ProjectSession ws = workspace.get();
        return run(workers.store, "Importing labels", (p, c) -> ws.edits().importCsv(file).summary());
    }

    /** The labels of an ImageFolder tree (one sub-folder per label): one transaction, one undo step. */
    Job<String> importImageFolder(Path dir) {
        ProjectSession ws = workspace.get();
        return run(workers.store, "Importing labels", (p, c) -> ws.edits().importImageFolder(dir).summary());
    }

    private File saveFile(String title, String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return chooser.showSaveDialog(owner.get());
    }

    private Job<String> run(ExecutorService on, String title, Job.Work<String> work) {
        Job<String> job = new Job<>(title, work);
        job.setOnSucceeded(e -> status.message(job.getValue()));
        job.setOnFailed(e -> Dialogs.error(owner.get(), title + " failed", job.getException()));
        job.setOnCancelled(e -> status.message(title + ": cancelled."));
        tasks.add(job);
        on.execute(job);
        return job;
    }
}
