package org.silhouette.cli;

import org.silhouette.core.Cancellation;
import org.silhouette.core.UserError;
import org.silhouette.data.Problem;
import org.silhouette.embed.loss.LossOptions;
import org.silhouette.experiment.ClassSplit;
import org.silhouette.experiment.Experiment;
import org.silhouette.experiment.ExperimentReport;
import org.silhouette.experiment.FeatureSets;
import org.silhouette.experiment.LineChart;
import org.silhouette.experiment.MapFigure;
import org.silhouette.experiment.Method;
import org.silhouette.experiment.RunSettings;
import org.silhouette.experiment.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code experiment seen|unseen}: the tutorial's comparison of layer introspection and seven losses, as
 * numbers (report.json, report.md) and maps (one PNG per method, plus a thumbnail variant).
 */
@Command(name = "experiment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare layer introspection and the seven losses on an ImageFolder dataset with train/ and "
                + "test/ sub-folders.",
                "seen: train on every class's train images, evaluate on the test images.",
                "unseen: split the classes with the seed; train on the seen classes' train images, evaluate on the "
                        + "unseen classes' test images."})
public final class ExperimentCommand extends Subcommand {

    @Mixin
    BackboneFlags backbone = new BackboneFlags(64);

    @Parameters(index = "0", paramLabel = "seen|unseen", description = "Which experiment.")
    String mode;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Holds train/<class>/… and test/<class>/….")
    Path data;

    @Option(names = "--seen-fraction", defaultValue = "0.5", paramLabel = "F",
            description = "unseen: share of the classes trained on (default: ${DEFAULT-VALUE}).")
    double seenFraction;

    @Mixin
    SeedRangeFlags seeds = new SeedRangeFlags();

    @Mixin
    DimFlag dim = new DimFlag();

    @Option(names = "--methods", paramLabel = "a,b,…",
            defaultValue = "introspection,introspection-umap,no-labels,semi-silhouette,silhouette,silhouette-mean,"
                    + "contrastive,triplet,cosine-corel,gaussian-corel,cce",
            description = "Methods to compare (default: all eleven). semi-silhouette is the app's default head.")
    String methods;

    @Option(names = "--train-per-class", defaultValue = "0", paramLabel = "N",
            description = "Use at most N train images per class, chosen with --seed (default: all).")
    int trainPerClass;

    @Option(names = "--test-per-class", defaultValue = "0", paramLabel = "N",
            description = "Use at most N test images per class, chosen with --seed (default: all).")
    int testPerClass;

    @Mixin
    TrainingFlags training = new TrainingFlags(0.1, 1.0);

    @Mixin
    SoftMinFlag temperature = new SoftMinFlag();

    @Option(names = "--no-thumbnails", description = "Skip the thumbnail variant of each map.")
    boolean noThumbnails;

    @Mixin
    ReportFolder output = new ReportFolder();

    @Override
    protected int run() throws IOException {
        Workload clock = Workload.start();
        long seed = seeds.first();
        Experiment.Mode m = Choice.of("The experiment", mode, "seen", Experiment.Mode.SEEN, "unseen",
                Experiment.Mode.UNSEEN);
        List<Method> chosen = Method.parseList(methods);
        List<Integer> widths = training.widths();
        seeds.check();
        if (trainPerClass < 0 || testPerClass < 0) {
            throw new UserError("--train-per-class and --test-per-class must be >= 0 (0 = all).");
        }
        LossOptions lossOptions;
        try {
            lossOptions = training.lossOptions(temperature.value);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + ".");
        }
        RunSettings settings = new RunSettings(dim.value, training.epochs.value, training.batchP, training.batchK,
                training.lr, widths, lossOptions, 10_000, training.structureWeight, training.validationShare);
        Path trainDir = data.resolve("train");
        Path testDir = data.resolve("test");
        Folders.requireInput(data);
        if (!Files.isDirectory(trainDir) || !Files.isDirectory(testDir)) {
            throw new UserError(data + " must hold train/ and test/ sub-folders of class folders (ImageFolder layout).");
        }
        if (m == Experiment.Mode.UNSEEN) {
            // refuse an impossible split before minutes of embedding; the class folders name the classes
            List<String> names;
            try (var list = Files.list(trainDir)) {
                names = list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                        .filter(n -> !n.startsWith(".")).toList();
            }
            ClassSplit.of(names, seenFraction, seed);
        }
        Path out = output.make();

        ConsoleProgress progress = new ConsoleProgress(err());
        List<FeatureSets.Loaded> loaded = backbone.loadLabelled(err(), List.of(
                new BackboneFlags.Folder(trainDir, trainPerClass, seed),
                new BackboneFlags.Folder(testDir, testPerClass, seed)));
        FeatureSets.Loaded train = loaded.get(0);
        FeatureSets.Loaded test = loaded.get(1);
        err().printf(Locale.ROOT, "Features: %d train and %d test images in %d classes (%d computed, %d from cache).%n",
                train.set().rows(), test.set().rows(), train.set().classes().size(),
                train.computed() + test.computed(), train.cacheHits() + test.cacheHits());
        List<Problem> skipped = new ArrayList<>(train.problems());
        skipped.addAll(test.problems());
        ProblemsCsv.report(err(), out, data, skipped);
        double embedCpu = clock.cpuSeconds();

        Experiment.Listener drawer = (run, index, result) -> {
            err().printf(Locale.ROOT, "%s, seed %d: MAP@R %.3f, P@1 %.3f, fitting %.1f s CPU%n",
                    result.method(), run.seed(), result.metrics().get("map_at_r"),
                    result.metrics().get("precision_at_1"), result.metrics().get("train_cpu_seconds"));
            if (index != 0) {
                return;
            }
            String title = result.method() + " — " + m.name().toLowerCase(Locale.ROOT) + ", seed " + run.seed()
                    + String.format(Locale.ROOT, ", MAP@R %.3f", result.metrics().get("map_at_r"));
            try {
                Path emb = out.resolve("embeddings");
                Files.createDirectories(emb);
                org.silhouette.core.MatrixFiles.write(emb.resolve(result.method().cliName() + ".npy"), result.embedding());
                if (!Files.exists(emb.resolve("labels.csv"))) {
                    StringBuilder sb = new StringBuilder("path,label\n");
                    for (int i = 0; i < run.eval().rows(); i++) {
                        sb.append(org.silhouette.data.Csv.row(run.eval().paths().get(i).toString(),
                                run.eval().classes().get(run.eval().labels()[i]))).append('\n');
                    }
                    org.silhouette.core.AtomicFiles.writeString(emb.resolve("labels.csv"), sb.toString());
                }
                MapFigure.dots(result.map(), run.eval().labels(), run.eval().classes(), title,
                        out.resolve(result.method().cliName() + ".png"));
                if (!noThumbnails) {
                    MapFigure.thumbnails(result.map(), run.eval().labels(), run.eval().paths(), run.eval().classes(),
                            title, out.resolve(result.method().cliName() + "-thumbnails.png"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        List<Experiment.Run> runs = Experiment.run(m, train.set(), test.set(), chosen, settings, seenFraction, seed,
                seeds.count, drawer, progress, Cancellation.NEVER);
        progress.done();

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("mode", m.name().toLowerCase(Locale.ROOT));
        config.put("data", data.toAbsolutePath().normalize().toString());
        backbone.describe(config);
        if (m == Experiment.Mode.UNSEEN) {
            config.put("seen_fraction", seenFraction);
        }
        seeds.describe(config);
        config.put("spread", seeds.count > 1 ? "sample standard deviation over " + seeds.count + " runs (NAME_std)"
                : "none: one run");
        config.put("dim", dim.value);
        config.put("epochs", training.epochs.value);
        config.put("methods", chosen.stream().map(Method::cliName).toList());
        config.put("batch_p", training.batchP);
        config.put("batch_k", training.batchK);
        config.put("lr", training.lr);
        config.put("hidden", widths);
        config.put("soft_min_temperature", temperature.value);
        config.put("margin", training.margin.value);
        config.put("train_per_class", trainPerClass);
        config.put("test_per_class", testPerClass);
        config.put("train_images_loaded", train.set().rows());
        config.put("test_images_loaded", test.set().rows());
        config.put("classes", train.set().classes());
        config.put("features_computed", train.computed() + test.computed());
        config.put("embedding_cpu_seconds", round(embedCpu));
        clock.describe(config);
        ExperimentReport.writeJson(out.resolve("report.json"), ExperimentReport.json(runs, config));
        String title = (m == Experiment.Mode.SEEN ? "Seen classes" : "Unseen classes") + ": " + data.getFileName();
        org.silhouette.core.AtomicFiles.writeString(out.resolve("report.md"),
                ExperimentReport.markdown(title, runs, config));
        LineChart.draw("MAP@R on the evaluation images during training (seed " + runs.getFirst().seed() + ")",
                "training CPU seconds", "MAP@R", ExperimentReport.curves(runs.getFirst()), Double.NaN, Double.NaN,
                Double.NaN, out.resolve("training-curves.png"));
        err().printf(Locale.ROOT, "Wrote %s (report.json, report.md, maps) %s.%n", out, clock.took());
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
