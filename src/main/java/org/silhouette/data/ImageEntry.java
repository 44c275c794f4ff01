package org.silhouette.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One image found by a scan: its path as reached from the scan root (links not resolved) and its
 * label, the empty string when it has none.
 */
public record ImageEntry(Path path, String label) {

    public ImageEntry {
        Objects.requireNonNull(path, "path");
        label = label == null ? "" : label;
    }

    public static ImageEntry unlabelled(Path path) {
        return new ImageEntry(path, "");
    }

    public boolean isLabelled() {
        return !label.isEmpty();
    }
}
