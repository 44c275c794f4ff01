package org.silhouette.cli;

import org.silhouette.core.FloatMatrix;
import org.silhouette.core.MatrixFiles;
import org.silhouette.data.EncodedLabels;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code --embeddings} and {@code --labels} of the commands that score given embeddings against their labels
 * ({@code loss}, {@code metrics}), and the one way they read them.
 */
final class LabelledEmbeddings {

    @Option(names = "--embeddings", required = true, paramLabel = "X.npy|X.csv",
            description = "Embeddings, one row per item (.npy or CSV).")
    Path embeddings;

    @Mixin
    LabelsFlag labels = new LabelsFlag();

    FloatMatrix readEmbeddings() throws IOException {
        return MatrixFiles.read(embeddings);
    }

    /** The labels of the {@code rows} embeddings as class ids; refused when the two files do not belong together. */
    EncodedLabels readLabels(int rows) throws IOException {
        return labels.readFor(embeddings, rows);
    }
}
