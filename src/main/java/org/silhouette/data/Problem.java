package org.silhouette.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A file or folder that was skipped, with a reason a user can act on. */
public record Problem(Path path, String reason) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** The {@code path,reason} CSV of these problems, each path relative to {@code root}, the folder that was read. */
    public static String csv(Path root, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(Csv.row("path", "reason")).append('\n');
        for (Problem p : problems) {
            sb.append(Csv.row(FolderScan.relativeName(root, p.path()), p.reason())).append('\n');
        }
        return sb.toString();
    }
}
