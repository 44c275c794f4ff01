package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.FolderScan;
import org.silhouette.data.Problem;
import org.silhouette.project.ProjectStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first stages of opening: the project store (with its lock), the scan, recording the images in the
 * store, the thumbnail cache and the saved layout, read once here. The features and the map follow in
 * {@link ProjectSession#embedAndMap}.
 */
final class ProjectOpener {

    private ProjectOpener() {
    }

    static ProjectSession open(OpenRequest request, Path dataHome, Progress progress, Cancellation cancel)
            throws IOException {
        ProjectLocation where = ProjectLocation.resolve(request.data(), request.project(), dataHome);
        progress.update("Opening the project", 0, -1);
        ProjectStore store = ProjectStore.open(where.projectDir(), where.imageRoot(),
                ProjectStore.Options.defaults().withAccess(ProjectStore.Access.READ_WRITE_ELSE_READ_ONLY));
        ProjectThumbnails thumbnails = null;
        try {
            boolean fresh = store.images().size() == 0 && store.settings().get(ProjectSettings.KEY).isEmpty();
            ProjectSettings settings = settings(store, request.backbone());
            Path root = store.imageRoot();
            FolderScan.Result scan = FolderScan.scan(root, new FolderScan.Options(FolderScan.FolderLabels.NONE, null,
                    false), progress, cancel);
            if (scan.images().isEmpty()) {
                throw new UserError("No images (jpg, png, bmp, gif, tif) were found in " + root + ".");
            }
            cancel.check();
            String picked = null;
            if (fresh && request.backbone() == null) {
                progress.update("Choosing a backbone", 0, -1);
                Optional<BackbonePick> pick = BackbonePick.forImages(scan.images());
                if (pick.isPresent()) {
                    settings = pick.get().applyTo(settings);
                    if (!store.isReadOnly()) {
                        settings.write(store); // reopening keeps it, whatever the folder gains later
                    }
                    picked = "Backbone: " + pick.get().name() + ". " + pick.get().why()
                            + " (File > Settings to switch).";
                }
            }
            List<Problem> problems = new ArrayList<>(scan.problems());
            ScannedImages scanned = ScannedImages.record(store, root, scan.images(), problems, progress);
            cancel.check();
            thumbnails = ProjectThumbnails.open(store);
            FloatMatrix layout = store.layout().load().orElse(null);
            ProjectSession session = new ProjectSession(store, where, thumbnails,
                    DemoTruth.find(root, store.images()).orElse(null), scanned, List.copyOf(problems), settings, layout);
            if (picked != null) {
                session.notice(picked);
            }
            return session;
        } catch (IOException | RuntimeException e) {
            closeQuietly(thumbnails, store, e);
            throw e;
        }
    }

    /** The project's settings; a backbone asked for when opening becomes the project's from now on. */
    private static ProjectSettings settings(ProjectStore store, String backbone) {
        ProjectSettings settings = ProjectSettings.read(store);
        if (backbone != null && !backbone.equals(settings.backbone())) {
            settings = settings.withBackbone(backbone);
            if (!store.isReadOnly()) {
                settings.write(store);
            }
        }
        return settings;
    }

    private static void closeQuietly(ProjectThumbnails thumbnails, ProjectStore store, Exception cause) {
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
