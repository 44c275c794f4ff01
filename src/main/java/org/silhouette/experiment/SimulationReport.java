package org.silhouette.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.silhouette.core.AtomicFiles;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code curve.json}: the mean {@code actions}, {@code accuracy} and {@code coverage} over the seeds as
 * parallel arrays (index 0 is the start, before any action) with the accuracy's spread beside them
 * ({@code accuracy_std}, the sample standard deviation, and {@code accuracy_min} / {@code accuracy_max}); under
 * {@code runs}, every seed's own curves and what each of its actions was; a summary and the config. Also a
 * Markdown table of the same ({@link #table}) and the PNG of the curves, optionally beside the accuracy curves of
 * earlier runs.
 */
public final class SimulationReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String SPREAD = "mean ± sample standard deviation (n − 1) over the seeds, with min..max";

    private SimulationReport() {
    }

    public static ObjectNode json(SeedRuns runs, Map<String, Object> config, double target) {
        ObjectNode root = JSON.createObjectNode();
        SeedRuns.Spread[] acc = runs.accuracy();
        root.set("actions", JSON.valueToTree(runs.actions()));
        root.set("accuracy", JSON.valueToTree(Arrays.stream(acc).mapToDouble(SeedRuns.Spread::mean).toArray()));
        root.set("accuracy_std", JSON.valueToTree(Arrays.stream(acc).mapToDouble(SeedRuns.Spread::std).toArray()));
        root.set("accuracy_min", JSON.valueToTree(Arrays.stream(acc).mapToDouble(SeedRuns.Spread::min).toArray()));
        root.set("accuracy_max", JSON.valueToTree(Arrays.stream(acc).mapToDouble(SeedRuns.Spread::max).toArray()));
        root.set("coverage", JSON.valueToTree(Arrays.stream(runs.coverage()).mapToDouble(SeedRuns.Spread::mean)
                .toArray()));
        ObjectNode summary = root.putObject("summary");
        summary.put("seeds", runs.seeds().length);
        summary.put("spread", SPREAD);
        put(summary, "final_accuracy", runs.finalAccuracy());
        put(summary, "final_coverage", runs.finalCoverage());
        summary.put("target_accuracy", target);
        ArrayNode reach = summary.putArray("actions_to_target");
        int[] to = runs.actionsTo(target);
        for (int r : to) {
            if (r < 0) {
                reach.addNull();
            } else {
                reach.add(r);
            }
        }
        summary.put("definition", "accuracy = share of ALL images whose current label (given by a lasso or "
                + "accepted from a suggestion) equals the true class; unlabelled images count as wrong. "
                + "coverage = share of images with any label. actions_to_target: one entry per seed, null where "
                + "the target was not reached.");
        ArrayNode each = root.putArray("runs");
        for (int i = 0; i < runs.seeds().length; i++) {
            each.add(run(runs.seeds()[i], runs.curves().get(i), target));
        }
        root.set("config", JSON.valueToTree(config));
        return root;
    }

    private static void put(ObjectNode node, String name, SeedRuns.Spread s) {
        node.put(name, s.mean());
        node.put(name + "_std", s.std());
        node.put(name + "_min", s.min());
        node.put(name + "_max", s.max());
    }

    /** One seed's curves, action by action. */
    static ObjectNode run(long seed, Simulation.Curve c, double target) {
        ObjectNode root = JSON.createObjectNode();
        root.put("seed", seed);
        root.set("actions", JSON.valueToTree(c.actions()));
        root.set("accuracy", JSON.valueToTree(c.accuracy()));
        root.set("coverage", JSON.valueToTree(c.coverage()));
        nullable(root.putArray("accuracy_with_suggestions"), c.withSuggestions());
        Simulation.Calibration cal = c.calibration();
        nullable(root.putArray("suggestion_ece"), cal.ece());
        nullable(root.putArray("suggestion_ece_raw"), cal.rawEce());
        nullable(root.putArray("suggestion_ece_reviewed"), cal.reviewedEce());
        nullable(root.putArray("suggested_share"), cal.suggested());
        nullable(root.putArray("suggested_share_raw"), cal.rawSuggested());
        root.set("classes_named", JSON.valueToTree(cal.named()));
        ObjectNode ece = root.putObject("suggestion_ece_summary");
        ece.put("definition", "expected calibration error (15 equal-width bins) of the suggestions over the "
                + "unlabelled images that got one, against the truth; mean and max over the curve points with at "
                + "least 2 classes named. raw: the label-spreading share before calibration. reviewed: the "
                + "confidence learnt from the verdicts of the spot checks so far (the newest 200).");
        double[] now = Simulation.Calibration.meanAndMax(cal.ece(), cal.named(), 2);
        double[] before = Simulation.Calibration.meanAndMax(cal.rawEce(), cal.named(), 2);
        double[] reviewed = Simulation.Calibration.meanAndMax(cal.reviewedEce(), cal.named(), 2);
        putNumber(ece, "mean", now[0]);
        putNumber(ece, "max", now[1]);
        putNumber(ece, "raw_mean", before[0]);
        putNumber(ece, "raw_max", before[1]);
        putNumber(ece, "reviewed_mean", reviewed[0]);
        putNumber(ece, "reviewed_max", reviewed[1]);
        root.set("kinds", JSON.valueToTree(c.kinds()));
        root.set("labelled_by_action", JSON.valueToTree(c.groups()));
        root.set("wrong_by_action", JSON.valueToTree(c.wrong()));
        root.set("refresh_seconds", JSON.valueToTree(c.seconds()));
        int last = c.actions().length - 1;
        root.put("final_accuracy", c.accuracy()[last]);
        root.put("final_coverage", c.coverage()[last]);
        int reach = c.actionsTo(target);
        if (reach < 0) {
            root.putNull("actions_to_target");
        } else {
            root.put("actions_to_target", reach);
        }
        return root;
    }

    private static void nullable(ArrayNode into, double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                into.addNull();
            } else {
                into.add(v);
            }
        }
    }

    private static void putNumber(ObjectNode node, String name, double v) {
        if (Double.isNaN(v)) {
            node.putNull(name);
        } else {
            node.put(name, v);
        }
    }

    /**
     * {@code curve.md}: accuracy and coverage at every tenth of the actions, as mean ± sample standard
     * deviation with min..max over the seeds, and the actions each seed needed to reach the target.
     */
    public static String table(SeedRuns runs, String title, double target) {
        SeedRuns.Spread[] acc = runs.accuracy();
        SeedRuns.Spread[] cov = runs.coverage();
        int last = acc.length - 1;
        int step = Math.max(1, (int) Math.ceil(last / 10.0));
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n").append(runs.seeds().length)
                .append(runs.seeds().length == 1 ? " seed (" : " seeds (").append(seedList(runs))
                .append("); each cell is the ").append(SPREAD).append(".\n\n")
                .append("| actions | accuracy | accuracy min..max | coverage |\n|---:|---|---|---|\n");
        for (int i = step; i <= last; i += step) {
            row(md, i, acc[i], cov[i]);
        }
        if (last % step != 0) {
            row(md, last, acc[last], cov[last]);
        }
        md.append("\nSuggestion calibration error (ECE, 15 bins, unlabelled images; mean / max over the points with at "
                + "least 2 classes named), calibrated vs raw share vs learnt from the spot checks' verdicts, per seed: ");
        for (int k = 0; k < runs.curves().size(); k++) {
            Simulation.Calibration cal = runs.curves().get(k).calibration();
            double[] now = Simulation.Calibration.meanAndMax(cal.ece(), cal.named(), 2);
            double[] before = Simulation.Calibration.meanAndMax(cal.rawEce(), cal.named(), 2);
            double[] reviewed = Simulation.Calibration.meanAndMax(cal.reviewedEce(), cal.named(), 2);
            md.append(k == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%.3f / %.3f vs %.3f / %.3f vs %.3f / %.3f",
                    now[0], now[1], before[0], before[1], reviewed[0], reviewed[1]));
        }
        md.append(".\n");
        md.append("\nActions to reach ").append(target).append(" accuracy, per seed: ");
        int[] to = runs.actionsTo(target);
        for (int k = 0; k < to.length; k++) {
            md.append(k == 0 ? "" : ", ").append(to[k] < 0 ? "not reached" : String.valueOf(to[k]));
        }
        return md.append(".\n").toString();
    }

    private static void row(StringBuilder md, int action, SeedRuns.Spread a, SeedRuns.Spread c) {
        md.append(String.format(Locale.ROOT, "| %d | %.3f ± %.3f | %.3f..%.3f | %.3f ± %.3f |%n", action, a.mean(),
                a.std(), a.min(), a.max(), c.mean(), c.std()));
    }

    private static String seedList(SeedRuns runs) {
        return Arrays.stream(runs.seeds()).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    public static void write(Path file, ObjectNode root) throws IOException {
        AtomicFiles.writeString(file, JSON.writeValueAsString(root) + "\n");
    }

    /** An earlier run's accuracy curve, named after its folder. */
    public static LineChart.Series readAccuracy(Path dir, int colour) throws IOException {
        Path file = dir.resolve("curve.json");
        if (!Files.isRegularFile(file)) {
            throw new UserError("No curve.json in " + dir + " to compare with.");
        }
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode a = root.get("actions");
        JsonNode acc = root.get("accuracy");
        if (a == null || acc == null || a.size() != acc.size()) {
            throw new UserError(file + " is not a simulate curve (actions and accuracy missing or of different length).");
        }
        double[] x = new double[a.size()];
        double[] y = new double[a.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = a.get(i).asDouble();
            y[i] = acc.get(i).asDouble();
        }
        return new LineChart.Series(dir.getFileName().toString(), x, y, colour, false);
    }

    /**
     * The mean accuracy and coverage; with several seeds also each seed's accuracy, thin and grey, so the
     * spread shows.
     */
    public static void chart(String title, SeedRuns runs, String name, List<LineChart.Series> others,
            double target, Path out) throws IOException {
        double[] x = Arrays.stream(runs.actions()).asDoubleStream().toArray();
        List<LineChart.Series> series = new ArrayList<>(others);
        boolean several = runs.seeds().length > 1;
        if (several) {
            for (int i = 0; i < runs.seeds().length; i++) {
                double[] acc = SeedRuns.carried(runs.curves().get(i).accuracy(), x.length);
                series.add(new LineChart.Series("seed " + runs.seeds()[i] + " accuracy", x, acc, 7, true));
            }
        }
        String mean = several ? " mean" : "";
        series.add(new LineChart.Series(name + mean + " accuracy", x,
                Arrays.stream(runs.accuracy()).mapToDouble(SeedRuns.Spread::mean).toArray(), 0, false));
        series.add(new LineChart.Series(name + mean + " coverage", x,
                Arrays.stream(runs.coverage()).mapToDouble(SeedRuns.Spread::mean).toArray(), 0, true));
        LineChart.draw(title, "actions", "share of all images", series, 0, 1, target, out);
    }
}
