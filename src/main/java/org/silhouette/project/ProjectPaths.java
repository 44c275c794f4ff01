package org.silhouette.project;

import java.nio.file.Path;

/**
 * The layout of a project folder. The store owns {@code project.db} and the lock; the other stages
 * write their own files here through {@code core.AtomicFiles}:
 * <pre>
 * .silhouette/
 *   project.db (+ -wal, -shm)   SQLite: images, labels, assignments, history, settings, last layout
 *   lock, owner.json            one writer at a time; who holds it
 *   features/                   backbone feature cache
 *   checkpoints/                head checkpoints
 *   thumbnails/                 thumbnail cache
 * </pre>
 */
public record ProjectPaths(Path dir) {
    /** The folder name of a project kept inside its image root. */
    public static final String DEFAULT_NAME = ".silhouette";

    public ProjectPaths {
        dir = dir.toAbsolutePath().normalize();
    }

    /** {@code <imageRoot>/.silhouette}: the project travels with the images. */
    public static ProjectPaths defaultFor(Path imageRoot) {
        return new ProjectPaths(imageRoot.toAbsolutePath().normalize().resolve(DEFAULT_NAME));
    }

    public Path database() {
        return dir.resolve("project.db");
    }

    public Path lockFile() {
        return dir.resolve("lock");
    }

    public Path ownerFile() {
        return dir.resolve("owner.json");
    }

    public Path featureCacheDir() {
        return dir.resolve("features");
    }

    public Path checkpointDir() {
        return dir.resolve("checkpoints");
    }

    public Path thumbnailDir() {
        return dir.resolve("thumbnails");
    }
}
