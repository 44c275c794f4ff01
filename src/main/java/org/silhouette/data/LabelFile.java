package org.silhouette.data;

import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A labels file given next to a matrix on the command line: either one label per line in row order,
 * or a {@code path,label} CSV (header optional) whose rows are also in row order.
 */
public final class LabelFile {
    private LabelFile() {
    }

    /** Reads the labels in row order; an empty label means "unlabelled". */
    public static List<String> read(Path file) throws IOException {
        List<List<String>> records = Csv.readFile(file, "No such labels file: " + file);
        if (records.stream().allMatch(List::isEmpty)) {
            throw new UserError(file + " holds no labels.");
        }
        int width = records.getFirst().size();
        if (width > 2) {
            throw new UserError(file + " has " + width + " columns; expected 'label' or 'path,label'.");
        }
        int start = width == 2 && isHeader(records.getFirst()) ? 1 : 0;
        List<String> labels = new ArrayList<>(records.size());
        for (int i = start; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() != width && !(r.isEmpty() && width == 1)) {
                throw new UserError(file + " row " + (i + 1) + " has " + r.size() + " fields, expected " + width + ".");
            }
            labels.add(r.isEmpty() ? "" : r.get(width - 1).strip());
        }
        return labels;
    }

    /**
     * Reads labels and checks they line up with a matrix of {@code rows} rows. A blank line is an
     * unlabelled row, so blank lines at the end count too; only surplus ones beyond the row count, which
     * editors like to leave, are dropped.
     */
    public static List<String> readMatching(Path file, int rows, String what) throws IOException {
        List<String> labels = new ArrayList<>(read(file));
        while (labels.size() > rows && labels.getLast().isEmpty()) {
            labels.removeLast();
        }
        if (labels.size() != rows) {
            throw new UserError(file + " has " + labels.size() + " labels but " + what + " has " + rows + " rows.");
        }
        return labels;
    }

    /**
     * The labels of a matrix read from {@code matrix} with {@code rows} rows, as class ids: refused when the two
     * files come from different embed runs ({@link EmbeddingIndex#checkPair}) or their row counts differ.
     */
    public static EncodedLabels encodedFor(Path file, Path matrix, int rows) throws IOException {
        EmbeddingIndex.checkPair(matrix, file);
        return EncodedLabels.encode(readMatching(file, rows, matrix.toString()));
    }

    private static boolean isHeader(List<String> r) {
        return r.get(0).strip().equalsIgnoreCase("path") && r.get(1).strip().equalsIgnoreCase("label");
    }
}
