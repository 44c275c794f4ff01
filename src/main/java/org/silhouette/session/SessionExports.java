package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.project.Exporter;
import org.silhouette.project.ProjectStore;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A session's files out: the labels as CSV, the labelled images as an ImageFolder tree, the map's embedding
 * with its coordinates, and a JSON manifest of it all. Obtained from {@link ProjectSession#exports()}; kept apart so the session itself reads
 * as the project's life (open, map, rounds, close) rather than also its file formats.
 */
public final class SessionExports {

    private final ProjectStore store;
    private final ProjectSession session;

    SessionExports(ProjectStore store, ProjectSession session) {
        this.store = store;
        this.session = session;
    }

    /** {@code path,label} of every labelled image; returns how many. Any thread. */
    public int labelsCsv(Path file) throws IOException {
        return Exporter.exportCsv(store, file, false);
    }

    /** {@code dir/<label>/<image path>}, copies or symbolic links; {@code dir} must be new or empty. Any thread. */
    public Exporter.ImageFolderReport imageFolder(Path dir, Exporter.LinkMode mode, Progress progress,
            Cancellation cancel) throws IOException {
        return Exporter.exportImageFolder(store, dir, mode, progress, cancel);
    }

    /**
     * The project as one JSON manifest ({@link ManifestExport}): images, labels, map coordinates and the
     * suggestions now shown. Compute thread. Returns the images written.
     */
    public int manifest(Path file) throws IOException {
        MapSnapshot shown = session.shownSnapshot();
        if (shown == null) {
            throw new org.silhouette.core.UserError("The map is not ready yet; export the manifest once it shows.");
        }
        return ManifestExport.write(file, store.snapshot(), store.imageRoot(), session.backboneDescription(), shown);
    }

    /** Where the coordinates of {@code X.npy} go: {@code X.coords.csv} beside it. */
    public static Path coordinatesFile(Path npy) {
        return npy.resolveSibling(npy.getFileName().toString().replaceFirst("\\.npy$", "") + ".coords.csv");
    }

    /**
     * Writes the current embedding and coordinates, one row per project image in image order; images that
     * have no features (unreadable, gone) get NaN rows. Compute thread. Returns the rows written.
     */
    public int embeddings(Path npy, Path csv) throws IOException {
        Rows rows = session.rows();
        MapState state = session.mapState();
        int images = store.snapshot().imageCount();
        Exporter.exportEmbeddings(store, rows.spread(state.embedding(), images), npy,
                rows.spread(state.coords(), images), csv);
        return rows.count();
    }
}
