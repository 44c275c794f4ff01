package org.silhouette.cli;

import org.silhouette.core.FloatMatrix;
import org.silhouette.core.MatrixFiles;
import org.silhouette.core.UserError;
import org.silhouette.data.EncodedLabels;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.loss.LossOptions;
import org.silhouette.embed.loss.LossProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/** {@code loss}: one loss and its gradient on given embeddings, e.g. to check against another library. */
@Command(name = "loss", mixinStandardHelpOptions = true,
        description = {
                "Print {\"loss\": value} for a batch of embeddings, and optionally d loss / d embeddings.",
                "The whole file is one batch; rows with an empty label are left out (zero gradient).",
                "Computed in float64. Classes are numbered in order of first appearance in the labels.",
                "cce: the embeddings are logits, one column per class in that order.",
                "cosine-corel, gaussian-corel: the class vectors are --centres if given (row k for class k),"
                        + " else the mean embedding of each class; either way they are held fixed."})
final class LossCommand extends Subcommand {

    @Mixin
    LossFlag loss = new LossFlag();

    @Mixin
    LabelledEmbeddings input = new LabelledEmbeddings();

    @Mixin
    MarginFlag margin = new MarginFlag();

    @Option(names = "--triplet-mining", paramLabel = "hard|all", defaultValue = "hard",
            description = "Triplet mining: batch-hard or batch-all (default: ${DEFAULT-VALUE}).")
    String mining;

    @Mixin
    SoftMinFlag temperature = new SoftMinFlag();

    @Option(names = "--gamma", paramLabel = "G", defaultValue = "1.0",
            description = "Gaussian-COREL's gamma in exp(-gamma |h - w|^2) (default: ${DEFAULT-VALUE}).")
    double gamma;

    @Option(names = "--centres", paramLabel = "FILE", description = "COREL class vectors, one row per class.")
    Path centres;

    @Option(names = "--grad-out", paramLabel = "G", description = "Write d loss / d embeddings here (.npy or CSV).")
    Path gradOut;

    @Override
    protected int run() throws Exception {
        LossKind kind = loss.kind();
        LossOptions options = options();
        FloatMatrix x = input.readEmbeddings();
        if (!x.allFinite()) {
            throw new UserError(input.embeddings + " holds NaN or infinite values.");
        }
        EncodedLabels encoded = input.readLabels(x.rows());
        FloatMatrix given = centres == null ? null : MatrixFiles.read(centres);
        LossProbe.Result r = LossProbe.evaluate(kind, options, x, encoded.ids(), encoded.classCount(), given);
        if (gradOut != null) {
            MatrixFiles.write(gradOut, r.gradient());
        }
        printJson(Map.of("loss", r.loss()));
        return 0;
    }

    private LossOptions options() {
        boolean hard = switch (mining) {
            case "hard" -> true;
            case "all" -> false;
            default -> throw new UserError("--triplet-mining must be 'hard' or 'all', got '" + mining + "'.");
        };
        try {
            return new LossOptions(margin.value, hard, temperature.value, gamma);
        } catch (IllegalArgumentException e) {
            throw new UserError("Invalid option: " + e.getMessage() + ".");
        }
    }
}
