package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.project.Exporter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * File > Export and File > Import as plain Java: each one's title, the queue it belongs on, its work, and the
 * line it leaves in the status line. The app runs the work as a cancellable task on that queue; tests run it
 * directly.
 */
public final class FileActions {

    /**
     * The window's queue that runs an action: files for plain exports, compute for what reads the model's
     * features (it owns them), store for imports (in order with the label edits).
     */
    public enum Queue { FILES, COMPUTE, STORE }

    /** The work; returns the status line after it. */
    @FunctionalInterface
    public interface Work {
        String run(Progress progress, Cancellation cancel) throws IOException;
    }

    /** One export or import: what the task list calls it, where it runs, what it does. */
    public record Action(String title, Queue queue, Work work) {
    }

    private FileActions() {
    }

    /** {@code path,label} of every labelled image. */
    public static Action labelsCsv(ProjectSession ws, Path file) {
        return new Action("Exporting labels", Queue.FILES, (p, c) -> String.format(Locale.ROOT,
                "Exported %,d labelled images to %s.", ws.exports().labelsCsv(file), file));
    }

    /** {@code dir/<label>/<image path>}, copies or symbolic links; {@code dir} must be new or empty. */
    public static Action imageFolder(ProjectSession ws, Path dir, Exporter.LinkMode mode) {
        return new Action("Exporting images", Queue.FILES, (p, c) -> {
            Exporter.ImageFolderReport r = ws.exports().imageFolder(dir, mode, p, c);
            return String.format(Locale.ROOT, "Exported %,d images into %s%s.", r.written(), dir,
                    r.skipped().isEmpty() ? "" : "; " + r.skipped().size() + " missing on disk were skipped");
        });
    }

    /** The map's embedding as {@code X.npy} and {@code X.coords.csv} ({@code path,label,x,y}) beside it. */
    public static Action embeddings(ProjectSession ws, Path npy) {
        Path csv = SessionExports.coordinatesFile(npy);
        return new Action("Exporting embeddings", Queue.COMPUTE, (p, c) -> String.format(Locale.ROOT,
                "Exported the embeddings of %,d images to %s and the coordinates to %s.",
                ws.exports().embeddings(npy, csv), npy, csv.getFileName()));
    }

    /** Every image with its label, map place and suggestion, and the labels, as one JSON file. */
    public static Action manifest(ProjectSession ws, Path file) {
        return new Action("Exporting the manifest", Queue.COMPUTE, (p, c) -> String.format(Locale.ROOT,
                "Exported a manifest of %,d images to %s.", ws.exports().manifest(file), file));
    }

    /** A {@code path,label} CSV: one transaction, one undo step. */
    public static Action importCsv(ProjectSession ws, Path file) {
        return new Action("Importing labels", Queue.STORE, (p, c) -> ws.edits().importCsv(file).summary());
    }

    /** The labels of an ImageFolder tree (one sub-folder per label): one transaction, one undo step. */
    public static Action importImageFolder(ProjectSession ws, Path dir) {
        return new Action("Importing labels", Queue.STORE, (p, c) -> ws.edits().importImageFolder(dir).summary());
    }
}
