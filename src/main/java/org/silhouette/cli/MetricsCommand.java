package org.silhouette.cli;

import org.silhouette.core.FloatMatrix;
import org.silhouette.data.EncodedLabels;
import org.silhouette.metrics.MetricsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code metrics}: cluster-validity and retrieval metrics of an embedding, one JSON object on stdout. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Print silhouette (both variants), Davies-Bouldin, Calinski-Harabasz, P@1, R-precision, "
                + "MAP@R and NMI/AMI/ARI of k-means as one JSON object.",
                "Rows with an empty label are left out of every metric."})
final class MetricsCommand extends Subcommand {

    @Mixin
    LabelledEmbeddings input = new LabelledEmbeddings();

    @Mixin
    SeedFlag seed = new SeedFlag(0);

    @Override
    protected int run() throws Exception {
        FloatMatrix x = input.readEmbeddings();
        EncodedLabels encoded = input.readLabels(x.rows());
        MetricsReport report = MetricsReport.compute(x, encoded.ids(), seed.value());
        Map<String, Double> json = new LinkedHashMap<>();
        report.asMap().forEach((k, v) -> json.put(k, Double.isFinite(v) ? v : null)); // JSON has no NaN
        printJson(json);
        return 0;
    }
}
