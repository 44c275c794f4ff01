package org.silhouette.session;

import org.silhouette.project.DamagedProjectException;
import org.silhouette.project.ProjectPaths;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Where to start afresh when a project's database is damaged: a new project folder beside the damaged one
 * ({@code .silhouette-fresh-20261207-031500} next to {@code .silhouette}), so the damaged folder and its
 * database stay exactly as they are for recovery. The fresh project needs its image folder: the one asked
 * for, or the folder holding a default {@code .silhouette}; a project folder elsewhere names its images only
 * in the damaged database, so no fresh project is offered for it.
 */
public final class FreshProject {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private FreshProject() {
    }

    /** The fresh project to offer for this open failure, if it is a damaged database with known images. */
    public static Optional<OpenRequest> forFailure(Throwable failure, OpenRequest asked) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DamagedProjectException d) {
                return beside(d, asked, LocalDateTime.now());
            }
        }
        return Optional.empty();
    }

    /** The request that opens a fresh project beside the damaged one, or empty when its images are unknown. */
    public static Optional<OpenRequest> beside(DamagedProjectException damage, OpenRequest asked, LocalDateTime now) {
        Path damagedDir = damage.database().toAbsolutePath().normalize().getParent();
        if (damagedDir == null || damagedDir.getParent() == null) {
            return Optional.empty();
        }
        Path images = asked.data();
        if (images == null && damagedDir.getFileName().toString().equals(ProjectPaths.DEFAULT_NAME)) {
            images = damagedDir.getParent();
        }
        if (images == null) {
            return Optional.empty();
        }
        String base = damagedDir.getFileName() + "-fresh-" + now.format(STAMP);
        Path dir = damagedDir.resolveSibling(base);
        for (int i = 2; Files.exists(dir, LinkOption.NOFOLLOW_LINKS); i++) {
            dir = damagedDir.resolveSibling(base + "-" + i); // two fresh starts in one second
        }
        return Optional.of(new OpenRequest(images, dir, asked.backbone()));
    }
}
