package org.silhouette.cli;

import org.silhouette.core.AtomicFiles;
import org.silhouette.core.Cancellation;
import org.silhouette.core.UserError;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.experiment.FeatureSets;
import org.silhouette.experiment.LineChart;
import org.silhouette.experiment.Person;
import org.silhouette.experiment.SeedRuns;
import org.silhouette.experiment.Simulation;
import org.silhouette.experiment.SimulationReport;
import org.silhouette.experiment.Workload;
import org.silhouette.session.LoopOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code simulate}: a scripted annotator labels a folder on the map, lasso by lasso, and the command records
 * label accuracy and coverage against the number of actions.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure labelling effort: a scripted annotator lassoes dense groups on the map, names them "
                + "by their majority true class, and may accept suggestions.",
                "static: the backbone's own map (introspection + UMAP) never changes. loop: after every action the "
                        + "head is retrained and the map refreshed, as in the app."})
public final class SimulateCommand extends Subcommand {
    static final double TARGET = 0.95;
    /** Step budgets near the app's 2 s and 0.7 s: about 4.95 CPU s per 1,000 steps (docs/RESULTS.md). */
    static final int FIRST_TRAIN_STEPS = 400;
    static final int TRAIN_STEPS = 140;

    @Mixin
    BackboneFlags backbone = new BackboneFlags(64);

    @Mixin
    ImageFolderFlags folder = new ImageFolderFlags();

    @Option(names = "--mode", required = true, paramLabel = "static|loop", description = "Fixed introspection map, or the retraining loop.")
    String mode;

    @Option(names = "--loss", defaultValue = "silhouette", paramLabel = "NAME", description = "Loop mode: the head's loss (default: ${DEFAULT-VALUE}).")
    String loss;

    @Option(names = "--budget", defaultValue = "100", paramLabel = "N", description = "Most actions (default: ${DEFAULT-VALUE}).")
    int budget;

    @Mixin
    SeedRangeFlags seeds = new SeedRangeFlags();

    @Option(names = "--no-suggestions", description = "The annotator only lassoes; it never accepts suggestions.")
    boolean noSuggestions;

    @Mixin
    DimFlag dim = new DimFlag();

    @Option(names = "--train-steps", paramLabel = "N",
            description = "Loop mode: training batches of each refresh after the first, the same on any machine "
                    + "(default: " + TRAIN_STEPS + ", about the app's 0.7 s).")
    Integer trainSteps;

    @Option(names = "--first-train-steps", paramLabel = "N",
            description = "Loop mode: batches of the first training round (default: " + FIRST_TRAIN_STEPS
                    + ", about the app's 2 s).")
    Integer firstTrainSteps;

    @Option(names = "--train-seconds", paramLabel = "T",
            description = "Loop mode: train each later refresh for T wall seconds instead of a step count, as the app "
                    + "does (0.7 there); runs then depend on the machine's speed and load.")
    Double trainSeconds;

    @Option(names = "--first-train-seconds", paramLabel = "T",
            description = "Loop mode: wall-second budget of the first round instead of a step count (2.0 in the app).")
    Double firstTrainSeconds;

    @Option(names = "--annotator", defaultValue = "hasty", paramLabel = "careful|realistic|hasty",
            description = {"How the person reviews each lasso (default: ${DEFAULT-VALUE}). careful: deselects every "
                    + "member of another class, and every wrong suggestion before accepting a lasso's suggestions. "
                    + "realistic: deselects about 70 %% of them and names about 2 %% of its lassos wrongly. "
                    + "hasty: names every member and accepts every suggestion."})
    String annotator;

    @Option(names = "--careful", hidden = true, description = "Same as --annotator careful (kept for older commands).")
    boolean careful;

    @Option(names = "--anchor", defaultValue = "-1", paramLabel = "W",
            description = "Loop mode: weight of the backbone's own view beside the head's in the map's layout space, "
                    + "0 = the head alone (default: the app's).")
    double anchor;

    @Option(names = "--structure-weight", defaultValue = "-1", paramLabel = "W",
            description = "Loop mode: weight of the structure term that keeps unlabelled images where the backbone "
                    + "puts them, 0 = labels alone (default: the app's).")
    double structureWeight;

    @Option(names = "--direct-map", description = "Loop mode: the map is a 2-D head's output (no UMAP).")
    boolean directMap;

    @Option(names = "--train-after-classes", defaultValue = "2", paramLabel = "K",
            description = "Loop mode: retrain only once K distinct labels exist (default: ${DEFAULT-VALUE}, as the app).")
    int trainAfterClasses;

    @Option(names = "--compare", split = ",", paramLabel = "DIR", description = "Earlier simulate outputs whose accuracy curves go into the PNG too.")
    List<Path> compare = new ArrayList<>();

    @Mixin
    ReportFolder output = new ReportFolder();

    @Override
    protected int run() throws IOException {
        Workload clock = Workload.start();
        Path data = folder.data;
        int perClass = folder.perClass;
        long seed = seeds.first();
        Simulation.Mode m = Choice.of("--mode", mode, "static", Simulation.Mode.STATIC, "loop", Simulation.Mode.LOOP);
        LossKind lossKind = LossKind.parse(loss);
        Person person = person();
        if (budget < 1 || budget > 100_000) {
            throw new UserError("--budget must be between 1 and 100000, got " + budget + ".");
        }
        seeds.check();
        if (trainAfterClasses < 2) {
            throw new UserError("--train-after-classes must be at least 2, got " + trainAfterClasses + ".");
        }
        if (perClass < 0) {
            throw new UserError("--per-class must be >= 0 (0 = all), got " + perClass + ".");
        }
        LoopOptions loop = loopOptions(lossKind);
        List<LineChart.Series> others = new ArrayList<>();
        for (Path p : compare) {
            others.add(SimulationReport.readAccuracy(p, others.size() + 1));
        }
        Folders.requireInput(data);
        Path out = output.make();

        FeatureSets.Loaded set = backbone.loadLabelled(err(), List.of(new BackboneFlags.Folder(data, perClass, seed)))
                .getFirst();
        ProblemsCsv.report(err(), out, data, set.problems());
        int classes = set.set().classes().size();
        if (classes < 2) {
            throw new UserError("The annotator needs at least two classes under " + data + ", found " + classes + ".");
        }
        err().printf(Locale.ROOT, "%d images in %d classes; simulating %s%s, at most %d actions.%n", set.set().rows(),
                classes, m.name().toLowerCase(Locale.ROOT), m == Simulation.Mode.LOOP ? " with the " + lossKind + " loss" : "",
                budget);
        long[] seedList = new long[seeds.count];
        List<Simulation.Curve> curves = new ArrayList<>();
        Simulation.Options options = null;
        for (int k = 0; k < seeds.count; k++) {
            long s = seed + k;
            seedList[k] = s;
            String prefix = seeds.count > 1 ? "seed " + s + ", " : "";
            Simulation.Options d = Simulation.Options.defaults(m, loop.toBuilder().seed(s).build(), budget, s);
            options = new Simulation.Options(m, d.loop(), budget, s, !noSuggestions, d.lasso(), d.spotCheck(),
                    d.spotCheckWrong(), trainAfterClasses, person);
            curves.add(Simulation.run(set.set().features(), set.set().labels(), classes, options,
                    (action, kind, group, accuracy, coverage) -> err().printf(Locale.ROOT,
                            "%saction %d: %s of %d images -> accuracy %.3f, coverage %.3f%n", prefix, action, kind,
                            group, accuracy, coverage),
                    org.silhouette.core.Progress.NONE, Cancellation.NEVER));
        }
        SeedRuns runs = new SeedRuns(seedList, curves);

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("data", data.toAbsolutePath().normalize().toString());
        config.put("images", set.set().rows());
        config.put("classes", set.set().classes());
        backbone.describe(config);
        config.put("mode", m.name().toLowerCase(Locale.ROOT));
        if (m == Simulation.Mode.LOOP) {
            config.put("loss", lossKind.cliName());
            config.put("dim", dim.value);
            if (loop.trainSteps() > 0) {
                config.put("first_train_steps", loop.firstTrainSteps());
                config.put("train_steps", loop.trainSteps());
            } else {
                config.put("first_train_seconds", loop.firstTrainSeconds());
                config.put("train_seconds", loop.trainSeconds());
            }
            config.put("train_after_classes", trainAfterClasses);
            config.put("anchor", loop.anchorWeight());
            config.put("structure_weight", loop.structureWeight());
            config.put("direct_map", loop.directMap());
        }
        config.put("annotator", Map.of("name", person.name(), "deselects_wrong", person.deselectWrong(),
                "wrong_name", person.wrongName()));
        config.put("budget", budget);
        seeds.describe(config);
        config.put("per_class", perClass);
        config.put("suggestions", !noSuggestions);
        config.put("lasso", Map.of("grid", options.lasso().grid(), "sigma_cells", options.lasso().sigmaCells(),
                "level", options.lasso().level()));
        config.put("spot_check", Map.of("images", options.spotCheck(), "wrong_allowed", options.spotCheckWrong()));
        clock.describe(config);
        SimulationReport.write(out.resolve("curve.json"), SimulationReport.json(runs, config, TARGET));
        String name = m == Simulation.Mode.LOOP ? "loop (" + lossKind + ")" : "static";
        SimulationReport.chart("Labelling " + data.getFileName() + ": " + name + ", " + person + " annotator", runs,
                name, others, TARGET, out.resolve("curve.png"));
        AtomicFiles.writeString(out.resolve("curve.md"), SimulationReport.table(runs, String.format(Locale.ROOT,
                "Labelling %s (%d images): %s, %s annotator", data.getFileName(), set.set().rows(), name, person), TARGET));
        err().println(summary(runs));
        err().printf(Locale.ROOT, "Wrote %s %s.%n", out, clock.took());
        return 0;
    }

    /** --annotator, or careful where only the older --careful was given. */
    Person person() {
        boolean named = spec.commandLine().getParseResult().hasMatchedOption("--annotator");
        if (careful && named && !annotator.strip().equalsIgnoreCase(Person.CAREFUL.name())) {
            throw new UserError("--careful contradicts --annotator " + annotator + "; give only --annotator.");
        }
        try {
            return careful ? Person.CAREFUL : Person.parse(annotator);
        } catch (IllegalArgumentException e) {
            throw new UserError("--annotator must be careful, realistic or hasty, got '" + annotator + "'.");
        }
    }

    /** The loop's training: step budgets by default, so a seed repeats; wall seconds where asked for. */
    LoopOptions loopOptions(LossKind lossKind) {
        boolean seconds = trainSeconds != null || firstTrainSeconds != null;
        if (seconds && (trainSteps != null || firstTrainSteps != null)) {
            throw new UserError("Give the training budget in steps or in seconds, not both.");
        }
        try {
            LoopOptions d = LoopOptions.defaults();
            LoopOptions.Builder b = LoopOptions.builder().loss(lossKind).dim(dim.value).seed(seeds.first());
            if (seconds) {
                b.firstTrainSeconds(firstTrainSeconds == null ? d.firstTrainSeconds() : firstTrainSeconds)
                        .trainSeconds(trainSeconds == null ? d.trainSeconds() : trainSeconds);
            } else {
                int first = firstTrainSteps == null ? FIRST_TRAIN_STEPS : firstTrainSteps;
                int later = trainSteps == null ? TRAIN_STEPS : trainSteps;
                if (first < 1 || later < 1) {
                    throw new IllegalArgumentException("training step budgets must be at least 1");
                }
                b.firstTrainSteps(first).trainSteps(later);
            }
            if (anchor >= 0) {
                b.anchorWeight(anchor);
            }
            if (structureWeight >= 0) {
                b.structureWeight(structureWeight);
            }
            return b.directMap(directMap).build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + ".");
        }
    }

    /** The closing line: final accuracy and coverage, as mean ± std [min..max] over several seeds. */
    static String summary(SeedRuns runs) {
        int[] reach = runs.actionsTo(TARGET);
        long reached = java.util.Arrays.stream(reach).filter(r -> r >= 0).count();
        int actions = runs.actions()[runs.actions().length - 1];
        if (runs.seeds().length == 1) {
            return String.format(Locale.ROOT, "Accuracy %.3f, coverage %.3f after %d actions; %s.",
                    runs.finalAccuracy().mean(), runs.finalCoverage().mean(), actions,
                    reached == 0 ? "95% not reached" : "95% reached at action " + reach[0]);
        }
        return String.format(Locale.ROOT, "Over %d seeds after %d actions: accuracy %s, coverage %s "
                + "(mean ± sample std [min..max]); 95%% reached by %d of them.", runs.seeds().length, actions,
                format(runs.finalAccuracy()), format(runs.finalCoverage()), reached);
    }

    static String format(SeedRuns.Spread s) {
        return String.format(Locale.ROOT, "%.3f ± %.3f [%.3f..%.3f]", s.mean(), s.std(), s.min(), s.max());
    }
}
