package org.silhouette.data;

import java.nio.file.Path;
import java.util.Objects;

/** A file or folder that was skipped, with a reason a user can act on. */
public record Problem(Path path, String reason) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
