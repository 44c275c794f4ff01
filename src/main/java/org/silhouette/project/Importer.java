package org.silhouette.project;

import org.silhouette.core.UserError;
import org.silhouette.data.Csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads labels into a project from a {@code path,label} CSV or from an ImageFolder tree. Either the whole
 * file applies, as one transaction and one undo step, or nothing does: format errors are a single
 * {@link UserError} line before anything is written. Paths the project does not know are reported, not fatal.
 */
public final class Importer {
    private static final int UNKNOWN_LISTED = 20;

    /**
     * @param entries rows (CSV) or files (tree) read
     * @param changed images whose label changed
     * @param createdLabels labels that did not exist before
     * @param unknownCount entries naming no image of the project
     * @param unknown the first of those, for the message
     * @param empty CSV rows with an empty label, left as they were
     */
    public record ImportReport(int entries, int changed, List<String> createdLabels, int unknownCount,
            List<String> unknown, int empty) {

        public String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append(changed).append(changed == 1 ? " image" : " images").append(" relabelled from ")
                    .append(entries).append(entries == 1 ? " entry" : " entries");
            if (!createdLabels.isEmpty()) {
                sb.append("; new labels: ").append(String.join(", ", createdLabels));
            }
            if (unknownCount > 0) {
                sb.append("; ").append(unknownCount).append(" not in the project (e.g. ").append(unknown.getFirst())
                        .append(')');
            }
            if (empty > 0) {
                sb.append("; ").append(empty).append(" with an empty label left as they were");
            }
            return sb.append('.').toString();
        }
    }

    private Importer() {
    }

    /**
     * Imports a {@code path,label} CSV (header optional, RFC 4180 quoting, UTF-8). Paths are relative to the
     * image root or absolute inside it; {@code \} works as a separator too. An empty label leaves the image as
     * it is. One image given two different labels is an error.
     */
    public static ImportReport importCsv(ProjectStore store, Path csv) throws IOException {
        List<List<String>> records = parse(csv);
        Map<Integer, String> labelOf = new LinkedHashMap<>();
        Map<Integer, Integer> rowOf = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        int unknownCount = 0;
        int empty = 0;
        int entries = 0;
        for (int r = 0; r < records.size(); r++) {
            List<String> rec = records.get(r);
            int row = r + 1;
            if (rec.isEmpty() || (r == 0 && isHeader(rec))) {
                continue;
            }
            if (rec.size() != 2) {
                throw new UserError(csv + " row " + row + " has " + rec.size() + (rec.size() == 1 ? " field" : " fields")
                        + "; expected 2 (path,label).");
            }
            entries++;
            // an export's cells come back as they were written, before they were made spreadsheet-safe
            String path = Csv.fromSpreadsheetSafe(rec.get(0));
            String name = Csv.fromSpreadsheetSafe(rec.get(1).strip());
            if (path.isBlank()) {
                throw new UserError(csv + " row " + row + " has an empty path.");
            }
            if (name.isEmpty()) {
                empty++;
                continue;
            }
            try {
                name = LabelNames.validate(name);
            } catch (UserError e) {
                throw new UserError(csv + " row " + row + ": " + e.getMessage(), e);
            }
            int image = findImage(store, path);
            if (image < 0) {
                if (unknown.size() < UNKNOWN_LISTED) {
                    unknown.add(path);
                }
                unknownCount++;
                continue;
            }
            String earlier = labelOf.putIfAbsent(image, name);
            if (earlier != null && !earlier.equals(name)) {
                throw new UserError(csv + " row " + row + " gives " + path + " the label '" + name + "', but row "
                        + rowOf.get(image) + " gave it '" + earlier + "'.");
            }
            rowOf.putIfAbsent(image, row);
        }
        if (entries == 0) {
            throw new UserError(csv + " holds no labels.");
        }
        return apply(store, labelOf, "Import labels from " + csv.getFileName(), entries, unknownCount, unknown, empty);
    }

    /**
     * Imports the labels of an ImageFolder tree: each file under {@code tree/<label>/...} gives that label to
     * the project image it is (the same file inside the image root), links to, or sits at the same relative
     * path as ({@code tree/<label>/<path>}, the layout {@link Exporter#exportImageFolder} writes).
     */
    public static ImportReport importImageFolder(ProjectStore store, Path tree) throws IOException {
        Path root = tree.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new UserError("No such folder: " + root);
        }
        List<String[]> found = new ArrayList<>(); // relative path in tree, label, image index as text
        List<String> unknown = new ArrayList<>();
        int[] unknownCount = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean project = dir.equals(store.paths().dir())
                        || dir.getFileName() != null && dir.getFileName().toString().equals(ProjectPaths.DEFAULT_NAME);
                return project ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path rel = root.relativize(file);
                int image = rel.getNameCount() < 2 ? -1 : findTreeImage(store, root, file, rel);
                if (image < 0) {
                    if (unknown.size() < UNKNOWN_LISTED) {
                        unknown.add(rel.toString());
                    }
                    unknownCount[0]++;
                } else {
                    found.add(new String[] {rel.toString(), rel.getName(0).toString(), Integer.toString(image)});
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (unknown.size() < UNKNOWN_LISTED) {
                    unknown.add(root.relativize(file) + " (unreadable)");
                }
                unknownCount[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> a[0].compareTo(b[0])); // walk order varies by file system; label order must not
        Map<Integer, String> labelOf = new LinkedHashMap<>();
        Map<Integer, String> whereOf = new HashMap<>();
        for (String[] f : found) {
            int image = Integer.parseInt(f[2]);
            String name;
            try {
                name = LabelNames.validate(f[1]);
            } catch (UserError e) {
                throw new UserError(root.resolve(f[1]) + ": " + e.getMessage(), e);
            }
            String earlier = labelOf.putIfAbsent(image, name);
            if (earlier != null && !earlier.equals(name)) {
                throw new UserError(root + " has " + store.images().path(image) + " under both '" + earlier + "' ("
                        + whereOf.get(image) + ") and '" + name + "' (" + f[0] + ").");
            }
            whereOf.putIfAbsent(image, f[0]);
        }
        if (found.isEmpty() && unknownCount[0] == 0) {
            throw new UserError(root + " holds no class folders with files.");
        }
        return apply(store, labelOf, "Import labels from folder " + root.getFileName(), found.size() + unknownCount[0],
                unknownCount[0], unknown, 0);
    }

    private static ImportReport apply(ProjectStore store, Map<Integer, String> labelOf, String description, int entries,
            int unknownCount, List<String> unknown, int empty) {
        LabelState before = store.snapshot();
        int[] images = labelOf.keySet().stream().mapToInt(Integer::intValue).toArray();
        String[] names = labelOf.values().toArray(String[]::new);
        LabelState after = images.length == 0 ? before : store.assignNamed(images, names, description);
        Set<Integer> old = new HashSet<>();
        before.labels().forEach(l -> old.add(l.id()));
        List<String> created = after.labels().stream().filter(l -> !old.contains(l.id())).map(LabelInfo::name).toList();
        int changed = 0;
        for (int i = 0; i < before.imageCount(); i++) {
            if (before.labelOf(i) != after.labelOf(i)) {
                changed++;
            }
        }
        return new ImportReport(entries, changed, created, unknownCount, List.copyOf(unknown), empty);
    }

    private static List<List<String>> parse(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new UserError("No such labels file: " + csv);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(csv))).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(csv + " is not UTF-8 text.", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            return Csv.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(csv + ": " + e.getMessage() + ".", e);
        }
    }

    private static boolean isHeader(List<String> rec) {
        return rec.size() == 2 && rec.get(0).strip().equalsIgnoreCase("path") && rec.get(1).strip().equalsIgnoreCase("label");
    }

    /** The image a CSV path names, or -1. */
    static int findImage(ProjectStore store, String raw) {
        ImageList images = store.images();
        int exact = images.indexOf(raw);
        if (exact >= 0) {
            return exact;
        }
        try {
            Path p = Path.of(raw);
            if (p.isAbsolute()) {
                return indexUnderRoot(store, p);
            }
        } catch (InvalidPathException notAPathHere) {
            // fall through to the lexical reading below
        }
        String lexical = normalise(raw.replace('\\', '/'));
        return lexical == null ? -1 : images.indexOf(lexical);
    }

    private static int findTreeImage(ProjectStore store, Path treeRoot, Path file, Path rel) {
        int inRoot = indexUnderRoot(store, file);
        if (inRoot >= 0) {
            return inRoot;
        }
        if (Files.isSymbolicLink(file)) {
            try {
                Path target = file.getParent().resolve(Files.readSymbolicLink(file));
                int linked = indexUnderRoot(store, target);
                if (linked >= 0) {
                    return linked;
                }
            } catch (IOException unreadableLink) {
                // treat it like any other file
            }
        }
        StringBuilder rest = new StringBuilder();
        for (int k = 1; k < rel.getNameCount(); k++) {
            rest.append(k > 1 ? "/" : "").append(rel.getName(k));
        }
        return store.images().indexOf(rest.toString());
    }

    private static int indexUnderRoot(ProjectStore store, Path file) {
        String rel = RelativePaths.relativize(store.imageRoot(), file);
        if (rel == null) {
            try {
                Path realRoot = store.imageRoot().toRealPath();
                rel = RelativePaths.relativize(realRoot, file);
            } catch (IOException noRealRoot) {
                return -1;
            }
        }
        return rel == null ? -1 : store.images().indexOf(rel);
    }

    /** {@code a/./b/../c} as {@code a/c}; null when it climbs above the root. */
    private static String normalise(String path) {
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.removeLast();
            } else {
                out.add(seg);
            }
        }
        return out.isEmpty() ? null : String.join("/", out);
    }
}
