package org.silhouette.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.MatrixFiles;
import org.silhouette.core.UserError;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.layout.Layout;
import org.silhouette.layout.LayoutMethod;
import org.silhouette.layout.LayoutOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code project}: 2-D map coordinates for every row of an embedding or feature matrix. */
@Command(name = "project", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compute 2-D map coordinates (one x,y row per input row).")
final class ProjectCommand extends Subcommand {

    @Option(names = "--embeddings", required = true, paramLabel = "X.npy",
            description = "Embeddings [N, d], .npy or CSV; with --model, backbone features fed through the model first.")
    Path embeddings;

    @Option(names = "--method", required = true, paramLabel = "METHOD", description = "head, pca, umap or tsne.")
    String method;

    @Option(names = "--model", paramLabel = "MODEL_DIR",
            description = "A trained head; required by 'head' (which needs --dim 2), optional otherwise.")
    Path model;

    @Mixin
    SeedFlag seed = new SeedFlag(0);

    @Option(names = "--init", paramLabel = "COORDS.csv",
            description = "Earlier coordinates of the same rows: UMAP refines them, other methods align to them.")
    Path init;

    @Option(names = "--out", required = true, paramLabel = "COORDS.csv", description = "Output coordinates, CSV or .npy.")
    Path out;

    @Override
    protected int run() throws Exception {
        LayoutMethod m = LayoutMethod.parse(method);
        if (m == LayoutMethod.HEAD && model == null) {
            throw new UserError("The head method needs --model MODEL_DIR (a model trained with --dim 2).");
        }
        FloatMatrix x = MatrixFiles.read(embeddings);
        FloatMatrix previous = init == null ? null : MatrixFiles.read(init);
        if (previous != null && (previous.rows() != x.rows() || previous.cols() != 2)) {
            throw new UserError(init + " is " + previous.rows() + "x" + previous.cols() + ", but " + x.rows()
                    + "x2 coordinates are needed for " + embeddings + ".");
        }
        if (model != null) {
            try (EmbeddingModel head = EmbeddingModel.load(model)) {
                x = m == LayoutMethod.HEAD ? Layout.head(head, x) : head.embed(x);
            }
        }
        Layout.Result r = Layout.fit(x, LayoutOptions.of(m, seed.value()), previous, new ConsoleProgress(err()), Cancellation.NEVER);
        MatrixFiles.write(out, r.coordinates());
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.put("coordinates", out.toString());
        summary.put("method", m.cliName());
        summary.put("rows", r.coordinates().rows());
        summary.put("warm_started", r.warmStarted());
        summary.put("aligned", r.aligned());
        summary.put("seconds", r.seconds());
        printJson(summary);
        return 0;
    }
}
