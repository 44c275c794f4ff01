package org.silhouette.app;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.silhouette.project.Exporter;
import org.silhouette.project.Importer;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * File > Export and File > Import. Files are written on the files thread (embeddings on the compute thread,
 * which owns them; imports on the store thread, in order with label edits); failures are one-line dialogs.
 * FX thread.
 */
final class ExportController {

    private final Supplier<Workspace> workspace;
    private final Workers workers;
    private final TaskList tasks;
    private final StatusLine status;
    private final Supplier<Window> owner;

    ExportController(Supplier<Workspace> workspace, Workers workers, TaskList tasks, StatusLine status,
            Supplier<Window> owner) {
        this.workspace = workspace;
        this.workers = workers;
        this.tasks = tasks;
        this.status = status;
        this.owner = owner;
    }

    void exportCsv() {
        Workspace ws = workspace.get();
        File f = ws == null ? null : saveFile("Export labels as CSV", "labels.csv", "CSV", "*.csv");
        if (f != null) {
            run(workers.files, "Exporting labels", (p, c) -> {
                int n = Exporter.exportCsv(ws.store, f.toPath(), false);
                return String.format(Locale.ROOT, "Exported %,d labelled images to %s.", n, f);
            });
        }
    }

    void exportImageFolder(Exporter.LinkMode mode) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(mode == Exporter.LinkMode.COPY ? "Export an ImageFolder tree (copies) into"
                : "Export an ImageFolder tree (links) into");
        File dir = chooser.showDialog(owner.get());
        if (dir != null) {
            run(workers.files, "Exporting images", (p, c) -> {
                Exporter.ImageFolderReport r = Exporter.exportImageFolder(ws.store, dir.toPath(), mode, p, c);
                return String.format(Locale.ROOT, "Exported %,d images into %s%s.", r.written(), dir,
                        r.skipped().isEmpty() ? "" : "; " + r.skipped().size() + " missing on disk were skipped");
            });
        }
    }

    void exportEmbeddings() {
        Workspace ws = workspace.get();
        File f = ws == null ? null : saveFile("Export embeddings (.npy; coordinates go beside it as .csv)",
                "embeddings.npy", "NumPy array", "*.npy");
        if (f != null) {
            Path npy = f.toPath();
            String name = npy.getFileName().toString().replaceFirst("\\.npy$", "");
            Path csv = npy.resolveSibling(name + ".coords.csv");
            run(workers.compute, "Exporting embeddings", (p, c) -> {
                int rows = ws.exportEmbeddings(npy, csv);
                return String.format(Locale.ROOT, "Exported %,d embeddings to %s and the coordinates to %s.", rows,
                        npy, csv.getFileName());
            });
        }
    }

    void importCsv() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import labels from a CSV (path,label)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showOpenDialog(owner.get());
        if (f != null) {
            run(workers.store, "Importing labels", (p, c) -> Importer.importCsv(ws.store, f.toPath()).summary());
        }
    }

    void importImageFolder() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import labels from an ImageFolder tree (one folder per label)");
        chooser.setInitialDirectory(ws.store.imageRoot().toFile());
        File dir = chooser.showDialog(owner.get());
        if (dir != null) {
            run(workers.store, "Importing labels", (p, c) -> Importer.importImageFolder(ws.store, dir.toPath()).summary());
        }
    }

    private File saveFile(String title, String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return chooser.showSaveDialog(owner.get());
    }

    private void run(ExecutorService on, String title, Job.Work<String> work) {
        Job<String> job = new Job<>(title, work);
        job.setOnSucceeded(e -> status.message(job.getValue()));
        job.setOnFailed(e -> Dialogs.error(owner.get(), title + " failed", job.getException()));
        job.setOnCancelled(e -> status.message(title + ": cancelled."));
        tasks.add(job);
        on.execute(job);
    }
}
