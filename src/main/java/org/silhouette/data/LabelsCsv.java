package org.silhouette.data;

import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code path,label} CSV (header optional) that labels scanned files. Paths may be relative to the
 * scan root or absolute; both are reduced to a root-relative key with {@code /} separators.
 */
public final class LabelsCsv {
    private final Map<String, String> labelByKey;
    private final Map<String, Path> pathByKey;

    private LabelsCsv(Map<String, String> labelByKey, Map<String, Path> pathByKey) {
        this.labelByKey = labelByKey;
        this.pathByKey = pathByKey;
    }

    public static LabelsCsv read(Path csv, Path root) throws IOException {
        List<List<String>> records = Csv.readFile(csv, "No such labels CSV: " + csv);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Path> paths = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.isEmpty()) {
                continue;
            }
            if (i == 0 && r.size() == 2 && r.get(0).strip().equalsIgnoreCase("path")
                    && r.get(1).strip().equalsIgnoreCase("label")) {
                continue;
            }
            if (r.size() != 2) {
                throw new UserError(csv + " row " + (i + 1) + " has " + r.size() + " fields; expected 'path,label'.");
            }
            Path path;
            try {
                path = Path.of(r.get(0));
            } catch (InvalidPathException e) {
                throw new UserError(csv + " row " + (i + 1) + ": '" + r.get(0) + "' is not a valid path.");
            }
            String key = keyOf(root, path);
            String label = r.get(1).strip();
            String earlier = labels.putIfAbsent(key, label);
            if (earlier != null && !earlier.equals(label)) {
                throw new UserError(csv + " labels '" + r.get(0) + "' twice, as '" + earlier + "' and '" + label + "'.");
            }
            paths.putIfAbsent(key, path.isAbsolute() ? path : root.resolve(path));
        }
        return new LabelsCsv(labels, paths);
    }

    /** The label for a scanned file, or null when the CSV does not list it. */
    public String labelOf(Path root, Path file) {
        return labelByKey.get(keyOf(root, file));
    }

    /** The files the CSV lists, by key, for reporting rows that matched no scanned file. */
    Map<String, Path> listed() {
        return pathByKey;
    }

    static String keyOf(Path root, Path file) {
        Path p = file.normalize();
        if (p.isAbsolute()) {
            Path absRoot = root.toAbsolutePath().normalize();
            if (p.startsWith(absRoot)) {
                p = absRoot.relativize(p);
            } else {
                try {
                    Path realRoot = root.toRealPath();
                    if (p.startsWith(realRoot)) {
                        p = realRoot.relativize(p);
                    }
                } catch (IOException ignored) {
                    // an unresolvable root leaves the absolute key, which then matches nothing
                }
            }
        }
        if (p.isAbsolute()) {
            return p.toString(); // outside the root: matches no scanned file
        }
        return withSlashes(p);
    }

    /** A relative path's names joined by '/', whatever the platform's separator: how projects store paths. */
    public static String withSlashes(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path part : relative) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
