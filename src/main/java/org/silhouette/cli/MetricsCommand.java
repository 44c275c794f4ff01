package org.silhouette.cli;

import org.silhouette.core.FloatMatrix;
import org.silhouette.core.MatrixFiles;
import org.silhouette.data.EncodedLabels;
import org.silhouette.data.LabelFile;
import org.silhouette.metrics.MetricsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code metrics}: cluster-validity and retrieval metrics of an embedding, one JSON object on stdout. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Print silhouette (both variants), Davies-Bouldin, Calinski-Harabasz, P@1, R-precision, "
                + "MAP@R and NMI/AMI/ARI of k-means as one JSON object.",
                "Rows with an empty label are left out of every metric."})
final class MetricsCommand extends Subcommand {

    @Option(names = "--embeddings", required = true, paramLabel = "X.npy|X.csv",
            description = "Embeddings, one row per item (.npy float32 or CSV).")
    Path embeddings;

    @Option(names = "--labels", required = true, paramLabel = "L.csv",
            description = "One label per line in row order, or a path,label CSV.")
    Path labels;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "k-means seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    protected int run() throws Exception {
        FloatMatrix x = MatrixFiles.read(embeddings);
        EncodedLabels encoded = LabelFile.encodedFor(labels, embeddings, x.rows());
        MetricsReport report = MetricsReport.compute(x, encoded.ids(), seed);
        Map<String, Double> json = new LinkedHashMap<>();
        report.asMap().forEach((k, v) -> json.put(k, Double.isFinite(v) ? v : null)); // JSON has no NaN
        printJson(json);
        return 0;
    }
}
