package org.silhouette.cli;

import org.silhouette.data.EncodedLabels;
import org.silhouette.data.LabelFile;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** The {@code --labels} of the commands that read a matrix's labels ({@code train}, {@link LabelledEmbeddings}), and their reading. */
final class LabelsFlag {

    @Option(names = "--labels", required = true, paramLabel = "L.csv",
            description = "One label per line in row order, or a path,label CSV; an empty label leaves the row "
                    + "unlabelled.")
    Path file;

    /** The labels of the {@code rows} rows of {@code matrix} as class ids; refused when the two files do not belong together. */
    EncodedLabels readFor(Path matrix, int rows) throws IOException {
        return LabelFile.encodedFor(file, matrix, rows);
    }
}
