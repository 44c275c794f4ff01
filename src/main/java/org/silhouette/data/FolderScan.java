package org.silhouette.data;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a folder tree for images, streaming each one to a {@link Sink} as it is found. Follows
 * symbolic links but enters each real folder once, so link loops end. Order is deterministic: every
 * folder's entries in code-point order of their names, depth first. Memory holds one sorted listing
 * per open folder level, not the whole tree. Each file's attributes are read once, here, and travel with its
 * {@link ImageEntry}.
 */
public final class FolderScan {
    private static final int REPORT_EVERY = 256;

    /** How folder structure turns into labels. */
    public enum FolderLabels {
        /** No labels from folders. */
        NONE,
        /** ImageFolder layout: the first sub-folder under the root names the class; root files are unlabelled. */
        FIRST_SUBFOLDER
    }

    /**
     * @param folderLabels labels taken from the folder layout
     * @param labelsCsv optional {@code path,label} CSV; its labels win over folder labels
     * @param includeHidden whether names starting with '.' (e.g. a project folder, macOS '._' files) are scanned
     */
    public record Options(FolderLabels folderLabels, Path labelsCsv, boolean includeHidden) {
        public static final Options DEFAULT = new Options(FolderLabels.FIRST_SUBFOLDER, null, false);

        public Options {
            if (folderLabels == null) {
                throw new IllegalArgumentException("folderLabels must not be null");
            }
        }
    }

    /** Receives images and problems in scan order; called on the scanning thread. */
    public interface Sink {
        void image(ImageEntry entry);

        void problem(Problem problem);
    }

    /** Everything a scan found, in scan order. */
    public record Result(Path root, List<ImageEntry> images, List<Problem> problems) {
        public List<String> labels() {
            return images.stream().map(ImageEntry::label).toList();
        }
    }

    private FolderScan() {
    }

    public static Result scan(Path root, Options options, Progress progress, Cancellation cancel) throws IOException {
        List<ImageEntry> images = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        scan(root, options, new Sink() {
            @Override
            public void image(ImageEntry entry) {
                images.add(entry);
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        }, progress, cancel);
        return new Result(root, List.copyOf(images), List.copyOf(problems));
    }

    public static void scan(Path root, Options options, Sink sink, Progress progress, Cancellation cancel)
            throws IOException {
        if (!Files.isDirectory(root)) {
            throw new UserError("No such folder: " + root);
        }
        LabelsCsv csv = options.labelsCsv() == null ? null : LabelsCsv.read(options.labelsCsv(), root);
        new Walk(root, options, csv, sink, progress, cancel).run();
    }

    /** A file's path relative to the scan root, with '/' separators: the form written to CSV files. */
    public static String relativeName(Path root, Path file) {
        return LabelsCsv.keyOf(root, file);
    }

    private static final class Walk {
        private final Path root;
        private final Options options;
        private final LabelsCsv csv;
        private final Sink sink;
        private final Progress progress;
        private final Cancellation cancel;
        private final Map<Path, Path> firstSeenAs = new HashMap<>();
        private final Set<Path> openReal = new HashSet<>();
        private final Set<String> csvMatched = new HashSet<>();
        private long found;

        Walk(Path root, Options options, LabelsCsv csv, Sink sink, Progress progress, Cancellation cancel) {
            this.root = root;
            this.options = options;
            this.csv = csv;
            this.sink = sink;
            this.progress = progress;
            this.cancel = cancel;
        }

        void run() throws IOException {
            Deque<Level> stack = new ArrayDeque<>();
            Path rootReal = root.toRealPath();
            firstSeenAs.put(rootReal, root);
            open(stack, root, rootReal);
            long seen = 0;
            while (!stack.isEmpty()) {
                Level level = stack.peek();
                if (level.next >= level.names.size()) {
                    stack.pop();
                    openReal.remove(level.real);
                    continue;
                }
                if (++seen % REPORT_EVERY == 0) {
                    cancel.check();
                }
                String name = level.names.get(level.next++);
                if (!options.includeHidden() && name.startsWith(".")) {
                    continue;
                }
                visit(stack, level.dir.resolve(name), name);
            }
            reportUnmatchedCsvRows();
            progress.update("Scanning", found, found);
        }

        private void visit(Deque<Level> stack, Path p, String name) {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                if (Files.isSymbolicLink(p)) {
                    sink.problem(new Problem(p, "broken symbolic link"));
                }
                return;
            } catch (AccessDeniedException e) {
                sink.problem(new Problem(p, "permission denied"));
                return;
            } catch (FileSystemException e) {
                sink.problem(new Problem(p, describe(e)));
                return;
            } catch (IOException e) {
                sink.problem(new Problem(p, "cannot read: " + e.getMessage()));
                return;
            }
            if (attrs.isDirectory()) {
                enter(stack, p);
            } else if (ImageExtensions.isImageName(name)) {
                if (attrs.isRegularFile()) {
                    emit(p, attrs);
                } else {
                    sink.problem(new Problem(p, "not a regular file"));
                }
            }
        }

        private void enter(Deque<Level> stack, Path dir) {
            cancel.check();
            Path real;
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                sink.problem(new Problem(dir, "cannot resolve folder: " + e.getMessage()));
                return;
            }
            Path earlier = firstSeenAs.putIfAbsent(real, dir);
            if (earlier != null) {
                String where = relativeName(root, earlier);
                sink.problem(new Problem(dir, openReal.contains(real)
                        ? "symbolic link loop back to '" + (where.isEmpty() ? "." : where) + "', not followed"
                        : "same folder as '" + where + "', scanned there"));
                return;
            }
            open(stack, dir, real);
        }

        private void open(Deque<Level> stack, Path dir, Path real) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path child : ds) {
                    String name = child.getFileName().toString();
                    if (child.equals(dir.resolve(name))) {
                        names.add(name);
                    } else {
                        notText(child, name);
                    }
                }
            } catch (AccessDeniedException e) {
                sink.problem(new Problem(dir, "permission denied; folder skipped"));
                return;
            } catch (IOException | DirectoryIteratorException e) {
                sink.problem(new Problem(dir, "cannot list folder: " + e.getMessage()));
                return;
            }
            Collections.sort(names);
            openReal.add(real);
            stack.push(new Level(dir, real, names));
        }

        /**
         * A name whose bytes are not valid UTF-8 does not survive as text (it decodes with U+FFFD), and the
         * paths Silhouette records are text, so such a file or folder is listed rather than lost in silence.
         */
        private void notText(Path child, String shown) {
            if (!options.includeHidden() && shown.startsWith(".")) {
                return;
            }
            boolean folder = Files.isDirectory(child);
            if (folder || ImageExtensions.isImageName(shown)) {
                sink.problem(new Problem(child, "the " + (folder ? "folder" : "file") + " name is not valid UTF-8"
                        + " text, so it cannot be recorded; rename it to include " + (folder ? "its images" : "it")));
            }
        }

        private void emit(Path file, BasicFileAttributes attrs) {
            Path rel = root.relativize(file);
            String label = "";
            if (options.folderLabels() == FolderLabels.FIRST_SUBFOLDER && rel.getNameCount() > 1) {
                label = rel.getName(0).toString();
            }
            if (csv != null) {
                String key = LabelsCsv.keyOf(root, rel);
                String fromCsv = csv.labelOf(root, rel);
                if (fromCsv != null) {
                    csvMatched.add(key);
                    label = fromCsv;
                }
            }
            sink.image(new ImageEntry(file, label, attrs.size(), attrs.lastModifiedTime().toMillis()));
            if (++found % REPORT_EVERY == 0) {
                progress.update("Scanning", found, -1);
            }
        }

        private void reportUnmatchedCsvRows() {
            if (csv == null) {
                return;
            }
            csv.listed().forEach((key, path) -> {
                if (!csvMatched.contains(key)) {
                    sink.problem(new Problem(path, "listed in the labels CSV but not found among the scanned images"));
                }
            });
        }

        private static String describe(FileSystemException e) {
            String why = e.getReason() == null ? "" : e.getReason();
            if (why.toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")) {
                return "symbolic link loop";
            }
            return "cannot read: " + (why.isEmpty() ? e.getMessage() : why);
        }
    }

    private static final class Level {
        final Path dir;
        final Path real;
        final List<String> names;
        int next;

        Level(Path dir, Path real, List<String> names) {
            this.dir = dir;
            this.real = real;
            this.names = names;
        }
    }
}
