package org.silhouette.session;

import org.silhouette.core.Sha256;
import org.silhouette.core.UserError;
import org.silhouette.project.ProjectPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a project lives. By default inside the image folder ({@code .silhouette}); when that folder cannot
 * be written, under the user's data folder, keyed by a hash of the image folder's path, and {@link #note}
 * says so.
 *
 * @param projectDir the project folder
 * @param imageRoot the image folder, or null to use the one the project remembers
 * @param note a sentence for the user when the project is not where they would look for it; null otherwise
 */
public record ProjectLocation(Path projectDir, Path imageRoot, String note) {

    /** Resolves {@code --data} / {@code --project} (either may be null, not both). */
    public static ProjectLocation resolve(Path data, Path project, Path dataHome) {
        if (project != null && data == null) {
            return new ProjectLocation(existingProject(project.toAbsolutePath().normalize()), null, null);
        }
        if (project != null) {
            return new ProjectLocation(project.toAbsolutePath().normalize(), data.toAbsolutePath().normalize(), null);
        }
        Path root = data.toAbsolutePath().normalize();
        Path inside = ProjectPaths.defaultFor(root).dir();
        // a project already there is the one to open, read-only if its folder cannot be written, never a new one
        if (Files.isRegularFile(new ProjectPaths(inside).database()) || canWriteProjectIn(inside)) {
            return new ProjectLocation(inside, root, null);
        }
        Path elsewhere = fallbackDir(dataHome, root);
        return new ProjectLocation(elsewhere, root, "The image folder " + root + " cannot be written, so its project is"
                + " kept in " + elsewhere + ".");
    }

    /**
     * A project opened on its own must exist: the folder itself, or its {@code .silhouette} (someone picked the
     * image folder). Never create a database in a folder chosen by mistake.
     */
    private static Path existingProject(Path dir) {
        if (Files.isRegularFile(new ProjectPaths(dir).database())) {
            return dir;
        }
        Path inside = ProjectPaths.defaultFor(dir).dir();
        if (Files.isRegularFile(new ProjectPaths(inside).database())) {
            return inside;
        }
        throw new UserError("There is no Silhouette project in " + dir + " (a project folder holds project.db);"
                + " to start one, open the image folder with File > Open folder.");
    }

    /** {@code <dataHome>/silhouette/projects/<16 hex digits of the folder's SHA-256>}. */
    public static Path fallbackDir(Path dataHome, Path imageRoot) {
        return dataHome.resolve("silhouette").resolve("projects").resolve(hash(imageRoot.toString()));
    }

    /**
     * The user's data folder: {@code -Dsilhouette.dataHome}, else {@code $XDG_DATA_HOME}, else
     * {@code ~/.local/share}.
     */
    public static Path userDataHome() {
        String prop = System.getProperty("silhouette.dataHome");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg);
        }
        return Path.of(System.getProperty("user.home"), ".local", "share");
    }

    /** Tries it rather than trusting permission bits, which say little for root or on read-only mounts. */
    private static boolean canWriteProjectIn(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static String hash(String text) {
        return Sha256.hex(Sha256.of(text), 8);
    }
}
