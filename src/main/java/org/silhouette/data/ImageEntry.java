package org.silhouette.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One image found by a scan: its path as reached from the scan root (links not resolved), its label (the
 * empty string when it has none), and its length and modification time as the scan saw them, so nothing
 * after the scan needs to look at the file's attributes again.
 *
 * @param size bytes, -1 when unknown
 * @param mtime modification time in epoch milliseconds, -1 when unknown
 */
public record ImageEntry(Path path, String label, long size, long mtime) {

    public ImageEntry {
        Objects.requireNonNull(path, "path");
        label = label == null ? "" : label;
    }

    /** An image whose attributes are not known (not from a scan). */
    public ImageEntry(Path path, String label) {
        this(path, label, -1, -1);
    }

    public static ImageEntry unlabelled(Path path) {
        return new ImageEntry(path, "");
    }

    public boolean isLabelled() {
        return !label.isEmpty();
    }
}
