package org.silhouette.data;

import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Npy;
import org.silhouette.core.Sha256;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties embed's two outputs together. X.npy and X.index.csv are replaced by two renames, so a run killed
 * between them leaves a new index beside an old matrix. The matrix's header therefore records its run
 * id, row count and a digest of the index's path column (the rows' identity; labels may be edited
 * freely), and reading the pair refuses one that does not match, in one line. The index is written
 * first, so every interrupted run leaves a pair this check catches or a pair that still matches.
 */
public final class EmbeddingIndex {
    private static final Pattern NOTE = Pattern.compile(
            "silhouette-embed run=([0-9a-f]+) rows=(\\d+) index-paths=([0-9a-f]{16})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddingIndex() {
    }

    /** A fresh id for one embed run. */
    public static String newRunId() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The header note for a matrix whose rows are {@code paths}, in order. */
    public static String note(String runId, List<String> paths) {
        return "silhouette-embed run=" + runId + " rows=" + paths.size() + " index-paths=" + digest(paths);
    }

    /**
     * A note as long as the one a run of {@code rows} rows ends with, before the paths are final (some
     * images may still fail): a streamed .npy leaves room for it.
     */
    public static String expectedNote(String runId, int rows) {
        return "silhouette-embed run=" + runId + " rows=" + rows + " index-paths=" + "0".repeat(16);
    }

    /** Writes a matrix as .npy with the note that ties it to its index. */
    public static void writeMatrix(Path npy, FloatMatrix m, String runId, List<String> paths) throws IOException {
        if (m.rows() != paths.size()) {
            throw new IllegalArgumentException(m.rows() + " rows but " + paths.size() + " index paths");
        }
        Npy.write(npy, m, note(runId, paths));
    }

    /**
     * Refuses a matrix and labels file that come from different embed runs. Only applies when the matrix
     * is a .npy that embed wrote (it carries the note) and the labels file is an embed index
     * ({@code *.index.csv} with a {@code path,label} header); anything else is left to the row-count check.
     */
    public static void checkPair(Path matrix, Path labels) throws IOException {
        if (!matrix.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")
                || !labels.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".index.csv")) {
            return; // another labels file may name rows its own way (absolute paths, say): counts are checked
        }
        String note = Npy.note(matrix);
        Matcher m = note == null ? null : NOTE.matcher(note);
        if (m == null || !m.matches()) {
            return;
        }
        List<List<String>> records = Csv.readFile(labels, "No such labels file: " + labels);
        if (records.isEmpty() || records.getFirst().size() != 2
                || !records.getFirst().get(0).strip().equalsIgnoreCase("path")) {
            return;
        }
        List<String> paths = records.subList(1, records.size()).stream().filter(r -> !r.isEmpty())
                .map(r -> r.get(0)).toList();
        long rows = Long.parseLong(m.group(2));
        if (paths.size() != rows || !digest(paths).equals(m.group(3))) {
            throw new UserError(matrix + " (embed run " + m.group(1) + ", " + rows + " rows) and " + labels + " ("
                    + paths.size() + " rows) come from different embed runs, perhaps one that was interrupted;"
                    + " run embed again.");
        }
    }

    static String digest(List<String> paths) {
        StringBuilder sb = new StringBuilder();
        for (String p : paths) {
            sb.append(p).append('\n');
        }
        return Sha256.hex(Sha256.of(sb.toString().getBytes(StandardCharsets.UTF_8)), 8);
    }
}
