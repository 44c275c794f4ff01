package org.silhouette.project;

import org.silhouette.data.LabelsCsv;

import java.nio.file.Path;
import java.util.List;

/**
 * Image paths inside a project are relative to the image root, {@code /}-separated, and can never
 * climb out of it: no empty, {@code .} or {@code ..} segment, no leading slash, no NUL.
 */
final class RelativePaths {
    private RelativePaths() {
    }

    static String check(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("image path is empty");
        }
        if (path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("image path contains NUL: " + path.replace('\0', '?'));
        }
        if (path.startsWith("/") || (path.length() >= 2 && path.charAt(1) == ':')) {
            throw new IllegalArgumentException("image path must be relative to the image root: " + path);
        }
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                throw new IllegalArgumentException("image path has an empty, '.' or '..' segment: " + path);
            }
        }
        return path;
    }

    static List<String> segments(String path) {
        return List.of(check(path).split("/"));
    }

    /** {@code root/a/b} for {@code a/b}; segment by segment so no separator inside a name is reinterpreted. */
    static Path resolve(Path root, String path) {
        Path p = root;
        for (String seg : segments(path)) {
            p = p.resolve(seg);
        }
        return p;
    }

    /** The relative form of {@code file} under {@code root}, or null when it is not inside it. */
    static String relativize(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(r) || f.equals(r)) {
            return null;
        }
        return LabelsCsv.withSlashes(r.relativize(f));
    }
}
