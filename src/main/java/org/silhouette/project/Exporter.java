package org.silhouette.project;

import org.silhouette.core.AtomicFiles;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Npy;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.Csv;
import org.silhouette.data.ExportPair;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a project's labels out: a {@code path,label} CSV, an ImageFolder tree ({@code <label>/<path>}, by
 * copy or symbolic link) and embeddings as {@code .npy} with a coordinates CSV. Export never writes outside
 * the folder it is given: label folders come from {@link SafeNames} and every destination is checked
 * to lie inside the target before anything is written.
 */
public final class Exporter {

    /** How an ImageFolder export places each image. */
    public enum LinkMode { COPY, SYMLINK }

    /**
     * @param written images copied or linked
     * @param skipped one "path: reason" per labelled image that could not be exported
     * @param folders the folder each exported label went to, for labels whose name had to change
     */
    public record ImageFolderReport(int written, List<String> skipped, Map<String, String> folders) {
    }

    private Exporter() {
    }

    /** Writes {@code path,label} rows in image order; paths relative to the image root. Returns the row count. */
    public static int exportCsv(ProjectStore store, Path file, boolean includeUnlabelled) throws IOException {
        LabelState st = store.snapshot();
        ImageList images = st.images();
        Map<Integer, String> names = new HashMap<>();
        st.labels().forEach(l -> names.put(l.id(), l.name()));
        int[] rows = {0};
        AtomicFiles.write(file, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(Csv.row("path", "label"));
            w.write('\n');
            for (int i = 0; i < images.size(); i++) {
                int id = st.labelOf(i);
                if (id != LabelState.NONE || includeUnlabelled) {
                    w.write(Csv.row(Csv.spreadsheetSafe(images.path(i)),
                            id == LabelState.NONE ? "" : Csv.spreadsheetSafe(names.get(id))));
                    w.write('\n');
                    rows[0]++;
                }
            }
            w.flush();
        });
        return rows[0];
    }

    /**
     * Writes {@code target/<label folder>/<image path>} for every labelled image that is present. The target
     * must be new or empty, so nothing already there (a planted link, an old export) is written through.
     * Cancelling leaves the images written so far.
     */
    public static ImageFolderReport exportImageFolder(ProjectStore store, Path target, LinkMode mode,
            Progress progress, Cancellation cancel) throws IOException {
        LabelState st = store.snapshot();
        ImageList images = st.images();
        Path root = prepareEmptyFolder(target);
        Map<String, String> folderOf = SafeNames.folderNames(st.labels().stream().map(LabelInfo::name).toList());
        Map<Integer, Path> labelDir = new HashMap<>();
        Map<String, String> renamed = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        int total = st.labelledCount();
        int done = 0;
        int written = 0;
        for (int i = 0; i < images.size(); i++) {
            int id = st.labelOf(i);
            if (id == LabelState.NONE) {
                continue;
            }
            cancel.check();
            progress.update("Exporting", done++, total);
            if (!images.isPresent(i)) {
                skipped.add(images.path(i) + ": missing since the last scan");
                continue;
            }
            Path dir = labelDir.get(id);
            if (dir == null) {
                String name = st.label(id).orElseThrow().name();
                String folder = folderOf.get(name);
                dir = inside(root, root.resolve(folder), name);
                if (!root.equals(dir.getParent())) {
                    throw new IllegalStateException("label folder '" + folder + "' is not one path component");
                }
                Files.createDirectory(dir);
                labelDir.put(id, dir);
                if (!folder.equals(name)) {
                    renamed.put(name, folder);
                }
            }
            try {
                Path dest = inside(dir, RelativePaths.resolve(dir, images.path(i)), images.path(i));
                Files.createDirectories(dest.getParent());
                Path src = store.imageFile(i).toAbsolutePath();
                if (mode == LinkMode.COPY) {
                    Files.copy(src, dest);
                } else {
                    if (!Files.exists(src)) {
                        throw new NoSuchFileException(src.toString());
                    }
                    Files.createSymbolicLink(dest, src);
                }
                written++;
            } catch (NoSuchFileException e) {
                skipped.add(images.path(i) + ": not found on disk");
            } catch (FileAlreadyExistsException e) {
                skipped.add(images.path(i) + ": another image has the same name on the export's file system");
            } catch (InvalidPathException e) {
                skipped.add(images.path(i) + ": not a valid file name here");
            } catch (UnsupportedOperationException | SecurityException e) {
                throw new UserError("Cannot create symbolic links in " + root + " (" + e.getMessage()
                        + "); export with copies instead.", e);
            } catch (java.nio.file.FileSystemException e) {
                if (mode == LinkMode.SYMLINK) {
                    throw new UserError("Cannot create symbolic links in " + root + " (" + e.getReason()
                            + "); on Windows this needs Developer Mode; export with copies instead.", e);
                }
                throw e;
            }
        }
        progress.update("Exporting", total, total);
        return new ImageFolderReport(written, List.copyOf(skipped), Map.copyOf(renamed));
    }

    /**
     * Writes the embeddings (one row per image, in image order) as float32 {@code .npy}, and a coordinates CSV
     * {@code path,label,x,y} whose rows line up with the {@code .npy} rows; the matrix's header names the CSV's
     * bytes ({@link ExportPair}).
     */
    public static void exportEmbeddings(ProjectStore store, FloatMatrix embeddings, Path npyFile, FloatMatrix coords,
            Path coordsCsv) throws IOException {
        LabelState st = store.snapshot();
        ImageList images = st.images();
        if (embeddings.rows() != images.size() || coords.rows() != images.size()) {
            throw new IllegalArgumentException("embeddings have " + embeddings.rows() + " rows and coordinates "
                    + coords.rows() + " for " + images.size() + " images");
        }
        String[] header = new String[2 + coords.cols()];
        header[0] = "path";
        header[1] = "label";
        for (int j = 0; j < coords.cols(); j++) {
            header[2 + j] = coords.cols() <= 3 ? String.valueOf("xyz".charAt(j)) : "c" + j;
        }
        StringBuilder csv = new StringBuilder(Csv.row(header)).append('\n');
        String[] row = new String[header.length];
        for (int i = 0; i < images.size(); i++) {
            int id = st.labelOf(i);
            row[0] = Csv.spreadsheetSafe(images.path(i));
            row[1] = id == LabelState.NONE ? "" : Csv.spreadsheetSafe(st.label(id).orElseThrow().name());
            for (int j = 0; j < coords.cols(); j++) {
                row[2 + j] = Float.toString(coords.get(i, j));
            }
            csv.append(Csv.row(row)).append('\n');
        }
        byte[] csvBytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        // the CSV first, then the matrix that names its bytes: a kill between the renames leaves a pair
        // that ExportPair.check refuses, never one that passes for matching
        AtomicFiles.writeBytes(coordsCsv, csvBytes);
        Npy.write(npyFile, embeddings, ExportPair.note(embeddings.rows(), csvBytes));
    }

    private static Path prepareEmptyFolder(Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserError("The export target " + root + " exists and is not a folder.");
            }
            try (Stream<Path> entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    throw new UserError("The export folder " + root + " is not empty; choose an empty or new folder.");
                }
            }
        }
        Files.createDirectories(root);
        return root;
    }

    /** {@code candidate}, after checking it lies strictly inside {@code parent}; the last line of defence. */
    static Path inside(Path parent, Path candidate, String what) {
        Path n = candidate.normalize();
        if (!n.startsWith(parent) || n.equals(parent)) {
            throw new IllegalStateException("refusing to write '" + what + "' outside " + parent);
        }
        return n;
    }
}
