package org.silhouette.cli;

import org.silhouette.core.Cancellation;
import org.silhouette.core.UserError;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.experiment.FeatureSets;
import org.silhouette.experiment.LineChart;
import org.silhouette.experiment.Simulation;
import org.silhouette.experiment.SimulationReport;
import org.silhouette.experiment.Workload;
import org.silhouette.session.LoopOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code simulate}: a scripted annotator labels a folder on the map, lasso by lasso, and the command records
 * label accuracy and coverage against the number of actions.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure labelling effort: a scripted annotator lassoes dense groups on the map, names them "
                + "by their majority true class, and may accept suggestions.",
                "static: the backbone's own map (introspection + UMAP) never changes. loop: after every action the "
                        + "head is retrained and the map refreshed, as in the app."})
public final class SimulateCommand implements Callable<Integer> {
    static final double TARGET = 0.95;

    @Mixin
    BackboneFlags backbone = new BackboneFlags(64);

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Images in class sub-folders; the folder names are the truth the annotator's eyes see.")
    Path data;

    @Option(names = "--mode", required = true, paramLabel = "static|loop", description = "Fixed introspection map, or the retraining loop.")
    String mode;

    @Option(names = "--loss", defaultValue = "silhouette", paramLabel = "NAME", description = "Loop mode: the head's loss (default: ${DEFAULT-VALUE}).")
    String loss;

    @Option(names = "--budget", defaultValue = "100", paramLabel = "N", description = "Most actions (default: ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seeds the map, the training and the spot checks (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--per-class", defaultValue = "0", paramLabel = "N", description = "Use at most N images per class (default: all).")
    int perClass;

    @Option(names = "--no-suggestions", description = "The annotator only lassoes; it never accepts suggestions.")
    boolean noSuggestions;

    @Option(names = "--dim", defaultValue = "16", paramLabel = "D", description = "Loop mode: embedding dimension (default: ${DEFAULT-VALUE}).")
    int dim;

    @Option(names = "--train-seconds", defaultValue = "0.7", paramLabel = "T",
            description = "Loop mode: training budget of each refresh after the first, as in the app (default: ${DEFAULT-VALUE}).")
    double trainSeconds;

    @Option(names = "--first-train-seconds", defaultValue = "2.0", paramLabel = "T",
            description = "Loop mode: budget of the first training round (default: ${DEFAULT-VALUE}).")
    double firstTrainSeconds;

    @Option(names = "--careful", description = "The annotator deselects each lasso's minority members before naming it "
            + "(they stay unlabelled); default: hasty, every member gets the name.")
    boolean careful;

    @Option(names = "--anchor", defaultValue = "-1", paramLabel = "W",
            description = "Loop mode: weight of the backbone's own view beside the head's in the map's layout space, "
                    + "0 = the head alone (default: the app's).")
    double anchor;

    @Option(names = "--train-after-classes", defaultValue = "2", paramLabel = "K",
            description = "Loop mode: retrain only once K distinct labels exist (default: ${DEFAULT-VALUE}, as the app).")
    int trainAfterClasses;

    @Option(names = "--compare", split = ",", paramLabel = "DIR", description = "Earlier simulate outputs whose accuracy curves go into the PNG too.")
    List<Path> compare = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Folder for curve.json and curve.png.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Workload clock = Workload.start();
        Simulation.Mode m = switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "static" -> Simulation.Mode.STATIC;
            case "loop" -> Simulation.Mode.LOOP;
            default -> throw new UserError("--mode must be static or loop, got '" + mode + "'.");
        };
        LossKind lossKind = LossKind.parse(loss);
        if (budget < 1 || budget > 100_000) {
            throw new UserError("--budget must be between 1 and 100000, got " + budget + ".");
        }
        if (trainAfterClasses < 2) {
            throw new UserError("--train-after-classes must be at least 2, got " + trainAfterClasses + ".");
        }
        if (perClass < 0) {
            throw new UserError("--per-class must be >= 0 (0 = all), got " + perClass + ".");
        }
        LoopOptions loop;
        try {
            LoopOptions.Builder b = LoopOptions.builder().loss(lossKind).dim(dim).firstTrainSeconds(firstTrainSeconds)
                    .trainSeconds(trainSeconds).seed(seed);
            if (anchor >= 0) {
                b.anchorWeight(anchor);
            }
            loop = b.build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + ".");
        }
        List<LineChart.Series> others = new ArrayList<>();
        for (Path p : compare) {
            others.add(SimulationReport.readAccuracy(p, others.size() + 1));
        }
        if (!Files.isDirectory(data)) {
            throw new UserError("No such folder: " + data + ".");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out " + out + " exists and is not a folder.");
        }
        Files.createDirectories(out);

        FeatureSets.Loaded set = backbone.loadLabelled(err, List.of(new BackboneFlags.Folder(data, perClass, seed)))
                .getFirst();
        ProblemsCsv.report(err, out, data, set.problems());
        int classes = set.set().classes().size();
        if (classes < 2) {
            throw new UserError("The annotator needs at least two classes under " + data + ", found " + classes + ".");
        }
        err.printf(Locale.ROOT, "%d images in %d classes; simulating %s%s, at most %d actions.%n", set.set().rows(),
                classes, m.name().toLowerCase(Locale.ROOT), m == Simulation.Mode.LOOP ? " with the " + lossKind + " loss" : "",
                budget);
        Simulation.Options options = Simulation.Options.defaults(m, loop, budget, seed);
        options = new Simulation.Options(m, loop, budget, seed, !noSuggestions, options.lasso(), options.spotCheck(),
                options.spotCheckWrong(), trainAfterClasses, careful);
        Simulation.Curve curve = Simulation.run(set.set().features(), set.set().labels(), classes, options,
                (action, kind, group, accuracy, coverage) -> err.printf(Locale.ROOT,
                        "action %d: %s of %d images -> accuracy %.3f, coverage %.3f%n", action, kind, group, accuracy,
                        coverage),
                org.silhouette.core.Progress.NONE, Cancellation.NEVER);

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("data", data.toAbsolutePath().normalize().toString());
        config.put("images", set.set().rows());
        config.put("classes", set.set().classes());
        backbone.describe(config);
        config.put("mode", m.name().toLowerCase(Locale.ROOT));
        if (m == Simulation.Mode.LOOP) {
            config.put("loss", lossKind.cliName());
            config.put("dim", dim);
            config.put("first_train_seconds", firstTrainSeconds);
            config.put("train_seconds", trainSeconds);
            config.put("train_after_classes", trainAfterClasses);
            config.put("anchor", loop.anchorWeight());
        }
        config.put("careful", careful);
        config.put("budget", budget);
        config.put("seed", seed);
        config.put("per_class", perClass);
        config.put("suggestions", !noSuggestions);
        config.put("lasso", Map.of("grid", options.lasso().grid(), "sigma_cells", options.lasso().sigmaCells(),
                "level", options.lasso().level()));
        config.put("spot_check", Map.of("images", options.spotCheck(), "wrong_allowed", options.spotCheckWrong()));
        config.put("process_cpu_seconds", Math.round(clock.cpuSeconds() * 10) / 10.0);
        config.put("wall_seconds", Math.round(clock.wallSeconds() * 10) / 10.0);
        SimulationReport.write(out.resolve("curve.json"), SimulationReport.json(curve, config, TARGET));
        String name = m == Simulation.Mode.LOOP ? "loop (" + lossKind + ")" : "static";
        SimulationReport.chart("Labelling " + data.getFileName() + ": " + name, curve, name, others, TARGET,
                out.resolve("curve.png"));
        int reach = curve.actionsTo(TARGET);
        int last = curve.actions().length - 1;
        err.printf(Locale.ROOT, "Accuracy %.3f, coverage %.3f after %d actions; %s. Wrote %s in %.0f s wall, %.0f s CPU.%n",
                curve.accuracy()[last], curve.coverage()[last], curve.actions()[last],
                reach < 0 ? "95% not reached" : "95% reached at action " + reach, out, clock.wallSeconds(),
                clock.cpuSeconds());
        err.flush();
        return 0;
    }
}
