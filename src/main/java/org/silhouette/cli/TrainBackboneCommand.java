package org.silhouette.cli;

import ai.djl.Model;
import ai.djl.nn.SequentialBlock;
import org.silhouette.core.Cancellation;
import org.silhouette.core.UserError;
import org.silhouette.data.EncodedLabels;
import org.silhouette.data.FolderScan;
import org.silhouette.data.ImageDecoder;
import org.silhouette.data.ImageEntry;
import org.silhouette.embed.backbone.Devices;
import org.silhouette.embed.backbone.SmallCnn;
import org.silhouette.embed.backbone.SmallCnnTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code train-backbone}: trains the small DJL CNN from scratch as a classifier on an ImageFolder tree
 * and saves its feature layers as a backbone folder that {@code embed --backbone} and the app accept.
 */
@Command(name = "train-backbone", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train the small CNN backbone from scratch on an ImageFolder tree (DIR/<class>/*.jpg).")
final class TrainBackboneCommand extends Subcommand {

    @Mixin
    ImageFolderFlags folder = new ImageFolderFlags();

    @Mixin
    SizeFlag size = new SizeFlag(32);

    @Option(names = "--widths", defaultValue = "32,64,128,256", split = ",", paramLabel = "W,W,...",
            description = "Filters per stage (default: ${DEFAULT-VALUE}).")
    List<Integer> widths;

    @Mixin
    EpochsFlag epochs = new EpochsFlag(5);

    @Option(names = "--batch", defaultValue = "64", paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    /** Not {@link TrainingFlags}' --lr: the CNN's optimiser takes a float, so the parsed range stays a float's. */
    @Option(names = "--lr", defaultValue = "0.002", paramLabel = "R", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    float lr;

    /** Not {@link SeedFlag}: the CNN's training takes an int seed, so a larger one stays refused when parsed. */
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    int seed;

    @Option(names = "--init", paramLabel = "DIR",
            description = "Start from a saved small CNN instead of random weights (fine-tuning).")
    Path init;

    @Option(names = "--tail", defaultValue = "0", paramLabel = "K",
            description = "With --init: train only the last K stages, the earlier ones frozen (default: all stages).")
    int tail;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Backbone folder to write.")
    Path out;

    @Override
    protected int run() throws IOException {
        if (tail != 0 && init == null) {
            throw new UserError("--tail needs --init: only a trained CNN has stages worth keeping frozen.");
        }
        ConsoleProgress progress = new ConsoleProgress(err());
        FolderScan.Result scan = FolderScan.scan(folder.data.toAbsolutePath().normalize(), FolderScan.Options.DEFAULT,
                progress, Cancellation.NEVER);
        progress.done();
        List<ImageEntry> entries = limitPerClass(scan.images().stream().filter(ImageEntry::isLabelled).toList());
        if (entries.isEmpty()) {
            throw new UserError("No labelled images under " + folder.data + "; expected DIR/<class>/<image> folders.");
        }
        List<BufferedImage> images = new ArrayList<>(entries.size());
        List<String> labels = new ArrayList<>(entries.size());
        ImageDecoder.Options decode = ImageDecoder.Options.maxSide(size.value * 4);
        int skipped = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (ImageDecoder.decode(entries.get(i).path(), decode) instanceof ImageDecoder.Decoded d) {
                images.add(d.image());
                labels.add(entries.get(i).label());
            } else {
                skipped++;
            }
            progress.update("Decoding", i + 1, entries.size());
        }
        progress.done();
        EncodedLabels encoded = EncodedLabels.encode(labels);
        err().printf(Locale.ROOT, "Training on %d images of %d classes (%d unreadable skipped).%n",
                images.size(), encoded.classCount(), skipped);

        String note = String.format(Locale.ROOT, "train-backbone on %s: %d images, %d classes, %d epochs, batch %d, lr %s, seed %d%s",
                folder.data.getFileName(), images.size(), encoded.classCount(), epochs.value, batch, lr, seed,
                init == null ? "" : ", fine-tuned from " + init.getFileName() + (tail > 0 ? " (last " + tail + " stages)" : ""));
        try (Model model = Model.newInstance("small-cnn-training", Devices.preferred(), "PyTorch")) {
            SmallCnn.Config config;
            SequentialBlock features;
            if (init == null) {
                config = SmallCnn.Config.of(widths, size.value, note);
                features = SmallCnn.newFeatures(config);
            } else {
                SmallCnn.Trainable start = SmallCnn.loadTrainable(init, model.getNDManager());
                config = SmallCnn.Config.of(start.config().widths(), size.value, note);
                features = start.features();
                if (tail > 0) {
                    start.trainLastStages(tail);
                }
            }
            SequentialBlock classifier = SmallCnn.newClassifier(features, encoded.classCount());
            SmallCnn.initialize(classifier, model.getNDManager(), size.value, seed); // keeps loaded weights: DJL initialises only empty parameters
            long t0 = System.nanoTime();
            SmallCnnTraining.Result result = SmallCnnTraining.fit(classifier, model.getNDManager(), images,
                    encoded.ids(), size.value, new SmallCnnTraining.Options(epochs.value, batch, lr, seed, true), progress,
                    Cancellation.NEVER);
            progress.done();
            for (int e = 0; e < epochs.value; e++) {
                err().printf(Locale.ROOT, "epoch %d: loss %.4f, train accuracy %.3f%n", e + 1, result.loss()[e],
                        result.accuracy()[e]);
            }
            if (result.skipped() > 0) {
                err().printf(Locale.ROOT, "warning: %d batches gave a loss or gradient that is not a number and were "
                        + "skipped.%n", result.skipped());
            }
            SmallCnn.save(out, features, config);
            err().printf(Locale.ROOT, "Saved %s after %.0f s.%n", out, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }

    private List<ImageEntry> limitPerClass(List<ImageEntry> all) {
        if (folder.perClass <= 0) {
            return all;
        }
        Map<String, Integer> taken = new HashMap<>();
        List<ImageEntry> kept = new ArrayList<>();
        for (ImageEntry e : all) {
            if (taken.merge(e.label(), 1, Integer::sum) <= folder.perClass) {
                kept.add(e);
            }
        }
        return kept;
    }
}
