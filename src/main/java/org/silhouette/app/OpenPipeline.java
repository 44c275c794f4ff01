package org.silhouette.app;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.FolderScan;
import org.silhouette.data.ImageEntry;
import org.silhouette.data.Problem;
import org.silhouette.project.ImageList;
import org.silhouette.project.ImageRecord;
import org.silhouette.project.ProjectStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.silhouette.session.Rows;
import org.silhouette.session.ProjectSettings;
import org.silhouette.session.ProjectLocation;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.MapSnapshot;
import org.silhouette.session.DemoTruth;

/**
 * The first stages of opening, off the FX thread: the project store (with its lock), the scan, recording the
 * images in the store, and the thumbnail cache. A saved map comes along in the workspace, so the window can
 * show it while the features are still being checked.
 */
final class OpenPipeline {

    private OpenPipeline() {
    }

    static Workspace open(OpenRequest request, Path dataHome, Progress progress,
            Cancellation cancel) throws IOException {
        ProjectLocation where = ProjectLocation.resolve(request.data(), request.project(), dataHome);
        progress.update("Opening the project", 0, -1);
        ProjectStore store = ProjectStore.open(where.projectDir(), where.imageRoot(),
                ProjectStore.Options.defaults().withAccess(ProjectStore.Access.READ_WRITE_ELSE_READ_ONLY));
        Thumbnails thumbnails = null;
        try {
            ProjectSettings settings = ProjectSettings.read(store);
            if (request.backbone() != null && !request.backbone().equals(settings.backbone())) {
                settings = settings.withBackbone(request.backbone());
                if (!store.isReadOnly()) {
                    settings.write(store);
                }
            }
            Path root = store.imageRoot();
            FolderScan.Result scan = FolderScan.scan(root, new FolderScan.Options(FolderScan.FolderLabels.NONE, null,
                    false), progress, cancel);
            if (scan.images().isEmpty()) {
                throw new UserError("No images (jpg, png, bmp, gif, tif) were found in " + root + ".");
            }
            cancel.check();
            List<Problem> problems = new ArrayList<>(scan.problems());
            int[] imageOfEntry = record(store, root, scan.images(), problems, progress);
            cancel.check();
            Path thumbDir = store.isReadOnly() ? Files.createTempDirectory("silhouette-thumbnails")
                    : store.paths().thumbnailDir();
            thumbnails = Thumbnails.open(thumbDir, store::imageFile);
            Workspace ws = new Workspace(store, where, thumbnails,
                    DemoTruth.find(root, store.images()).orElse(null), scan.images(), imageOfEntry,
                    List.copyOf(problems), settings);
            store.loadLayout().ifPresent(all -> ws.setSavedMap(savedMap(all, imageOfEntry)));
            return ws;
        } catch (IOException | RuntimeException e) {
            closeQuietly(thumbnails, store, e);
            throw e;
        }
    }

    /** Records the scanned images in the store; returns each entry's image index (-1: not in a read-only project). */
    private static int[] record(ProjectStore store, Path root, List<ImageEntry> images, List<Problem> problems,
            Progress progress) {
        int n = images.size();
        List<ImageRecord> records = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Path p = images.get(k).path();
            long size = -1;
            long mtime = -1;
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                size = a.size();
                mtime = a.lastModifiedTime().toMillis();
            } catch (IOException e) {
                // recorded without size; the feature stage reports the file if it cannot be read
            }
            records.add(new ImageRecord(FolderScan.relativeName(root, p), size, mtime, null));
            if (k % 1024 == 0) {
                progress.update("Recording images", k, n);
            }
        }
        progress.update("Recording images", n, n);
        if (!store.isReadOnly()) {
            return store.syncImages(records, true);
        }
        ImageList known = store.images();
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = known.indexOf(records.get(k).path());
            if (out[k] < 0) {
                problems.add(new Problem(images.get(k).path(), "new since the project was last opened for writing;"
                        + " not shown in a read-only window"));
            }
        }
        return out;
    }

    /** The saved map for the scanned images it places; their features are checked afterwards. */
    private static MapSnapshot savedMap(FloatMatrix all, int[] imageOfEntry) {
        List<Integer> rows = new ArrayList<>();
        for (int i : imageOfEntry) {
            if (i >= 0 && i < all.rows() && Float.isFinite(all.get(i, 0)) && Float.isFinite(all.get(i, 1))) {
                rows.add(i);
            }
        }
        int[] imageOfRow = rows.stream().mapToInt(Integer::intValue).toArray();
        FloatMatrix coords = Workspace.rowsOf(all, new Rows(imageOfRow));
        float[] x = new float[imageOfRow.length];
        float[] y = new float[imageOfRow.length];
        for (int r = 0; r < imageOfRow.length; r++) {
            x[r] = coords.get(r, 0);
            y[r] = coords.get(r, 1);
        }
        return new MapSnapshot(new Rows(imageOfRow), x, y, null, null, null, null, "Saved map; checking features…");
    }

    private static void closeQuietly(Thumbnails thumbnails, ProjectStore store, Exception cause) {
        try {
            if (thumbnails != null) {
                thumbnails.close();
            }
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            store.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
