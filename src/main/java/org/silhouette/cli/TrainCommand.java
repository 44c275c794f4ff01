package org.silhouette.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ai.djl.engine.Engine;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.MatrixFiles;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.EncodedLabels;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.head.ModelInfo;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.train.HeadTrainer;
import org.silhouette.embed.train.StructureTarget;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.layout.StructureMap;
import org.silhouette.embed.train.TrainResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code train}: fits a head on cached features and saves it as a model folder. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train an MLP head on cached backbone features and save it as a model folder.")
final class TrainCommand extends Subcommand {

    @Option(names = "--features", required = true, paramLabel = "X.npy", description = "Features [N, D], .npy or CSV.")
    Path features;

    @Mixin
    LabelsFlag labels = new LabelsFlag();

    @Mixin
    LossFlag loss = new LossFlag();

    @Option(names = "--dim", required = true, paramLabel = "D", description = "Embedding dimension, 2..512 (cce: the class count).")
    int dim;

    @Mixin
    SeedFlag seed = new SeedFlag(0);

    @Mixin
    TrainingFlags training = new TrainingFlags(0, 0);

    @Option(names = "--time-budget", paramLabel = "SECONDS", description = "Stop after this much time (default: none).")
    double timeBudget = 0;

    @Option(names = "--init", paramLabel = "MODEL_DIR", description = "Continue training this model (warm start).")
    Path init;

    @Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "Folder to write the model into.")
    Path out;

    @Override
    protected int run() throws Exception {
        LossKind kind = loss.kind();
        TrainOptions options = options(kind);
        double structureWeight = training.structureWeight;
        if (structureWeight > 0 && !kind.combinesWithStructure()) {
            throw new UserError("The " + kind + " loss cannot be combined with the structure term; use silhouette, "
                    + "silhouette-mean, contrastive or triplet.");
        }
        FloatMatrix x = MatrixFiles.read(features);
        EncodedLabels enc = labels.readFor(features, x.rows());
        String banner = "device: " + Engine.getInstance().defaultDevice() + "; " + x.rows() + " rows, "
                + enc.labelledCount() + " labelled in " + enc.classCount() + " classes";
        ConsoleProgress printer = new ConsoleProgress(err());
        boolean[] started = {false};
        Progress progress = (stage, done, total) -> {
            if (!started[0]) {
                started[0] = true; // only once the input passed every check: errors stay one line
                err().println(banner);
            }
            printer.update(stage, done, total);
        };
        TrainResult r;
        EmbeddingModel start = init == null ? null : EmbeddingModel.load(init);
        try {
            StructureTarget target = structureWeight > 0 ? StructureMap.fit(x, dim, enc.ids(), seed.value(), 2, progress,
                    Cancellation.NEVER) : null;
            r = HeadTrainer.fit(x, enc.ids(), target, options, start, progress, Cancellation.NEVER);
        } finally {
            if (start != null) {
                start.close();
            }
        }
        try (EmbeddingModel model = r.model()) {
            List<String> classes = new ArrayList<>();
            for (int id : r.trainingClasses()) {
                classes.add(enc.names().get(id));
            }
            model.setInfo(new ModelInfo(kind.cliName(), classes));
            model.save(out);
        }
        for (String w : r.warnings()) {
            err().println("warning: " + w);
        }
        err().flush(); // the warnings before the result on a terminal
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.put("model", out.toString());
        summary.put("loss", kind.cliName());
        summary.put("dim", dim);
        summary.put("epochs", r.epochs());
        summary.put("steps", r.steps());
        summary.put("first_loss", r.firstEpochLoss());
        summary.put("final_loss", r.lastEpochLoss());
        summary.put("skipped_steps", r.skippedSteps());
        summary.put("stop", r.stopReason().name().toLowerCase(java.util.Locale.ROOT));
        summary.put("seconds", r.seconds());
        summary.put("structure_weight", structureWeight);
        summary.put("kept_epoch", r.keptEpoch());
        summary.putPOJO("warnings", r.warnings());
        printJson(summary);
        return 0;
    }

    private TrainOptions options(LossKind kind) {
        try {
            return training.applyTo(TrainOptions.builder(kind, dim)).seed(seed.value()).maxSeconds(timeBudget).build();
        } catch (IllegalArgumentException e) {
            throw new UserError("Invalid option: " + e.getMessage() + ".", e);
        }
    }
}
