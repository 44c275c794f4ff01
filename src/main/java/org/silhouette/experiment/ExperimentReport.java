package org.silhouette.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.silhouette.core.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.json} and {@code report.md}. Each method's entry holds every metric's mean over the runs
 * under the metric's own name and the sample standard deviation under {@code NAME_std} (0 for one run);
 * {@code config.seeds} says how many runs there were, and {@code runs} keeps each run's own numbers and
 * MAP@R-against-training-time curve.
 */
public final class ExperimentReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentReport() {
    }

    /** Mean and sample standard deviation of each metric over the runs, per method, in run order. */
    public static Map<Method, Map<String, double[]>> aggregate(List<Experiment.Run> runs) {
        Map<Method, Map<String, double[]>> out = new LinkedHashMap<>();
        for (Method m : runs.getFirst().results().keySet()) {
            Map<String, double[]> stats = new LinkedHashMap<>();
            for (String key : runs.getFirst().results().get(m).metrics().keySet()) {
                double[] v = runs.stream().mapToDouble(r -> r.results().get(m).metrics().get(key)).toArray();
                stats.put(key, new double[] {mean(v), std(v)});
            }
            out.put(m, stats);
        }
        return out;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (n − 1); 0 for a single value. */
    static double std(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    public static ObjectNode json(List<Experiment.Run> runs, Map<String, Object> config) {
        ObjectNode root = JSON.createObjectNode();
        root.put("default", Method.DEFAULT.cliName());
        root.put("structure_images", "semi-silhouette and no-labels: the structure term saw the training images and "
                + "the evaluation images together, the evaluation images unlabelled (no-labels: every image unlabelled)");
        ObjectNode methods = root.putObject("methods");
        aggregate(runs).forEach((m, stats) -> {
            ObjectNode node = methods.putObject(m.cliName());
            stats.forEach((k, v) -> node.put(k, v[0]));
            stats.forEach((k, v) -> node.put(k + "_std", v[1]));
        });
        root.set("config", JSON.valueToTree(config));
        ArrayNode list = root.putArray("runs");
        for (Experiment.Run r : runs) {
            ObjectNode run = list.addObject();
            run.put("seed", r.seed());
            if (r.split() != null) {
                run.set("seen_classes", JSON.valueToTree(r.split().seen()));
                run.set("unseen_classes", JSON.valueToTree(r.split().unseen()));
            }
            run.put("train_images", r.trainImages());
            run.put("eval_images", r.eval().rows());
            run.set("eval_classes", JSON.valueToTree(r.eval().classes()));
            ObjectNode ms = run.putObject("methods");
            ObjectNode curves = run.putObject("curves");
            ObjectNode confusion = run.putObject("nn_confusion");
            r.results().forEach((m, res) -> {
                ObjectNode node = ms.putObject(m.cliName());
                res.metrics().forEach(node::put);
                if (!res.warnings().isEmpty()) {
                    node.set("warnings", JSON.valueToTree(res.warnings()));
                }
                confusion.set(m.cliName(), JSON.valueToTree(res.confusion()));
                ArrayNode curve = curves.putArray(m.cliName());
                for (CurvePoint p : res.curve()) {
                    ObjectNode point = curve.addObject();
                    point.put("epoch", p.epoch());
                    point.put("seconds", p.wallSeconds());
                    point.put("cpu_seconds", p.cpuSeconds());
                    point.put("map_at_r", p.mapAtR());
                }
            });
        }
        return root;
    }

    public static void writeJson(Path file, ObjectNode root) throws IOException {
        AtomicFiles.writeString(file, JSON.writeValueAsString(root) + "\n");
    }

    /** The columns of the Markdown table: metric key and header. */
    private static final String[][] COLUMNS = {
        {"precision_at_1", "P@1"}, {"r_precision", "R-prec"}, {"map_at_r", "MAP@R"}, {"nmi", "NMI"}, {"ami", "AMI"},
        {"silhouette_2d", "sil 2-D"}, {"knn_2d", "1-NN 2-D"}, {"map_at_r_untrained", "MAP@R untrained"},
        {"map_at_r_best", "MAP@R best"}, {"train_cpu_seconds", "train CPU s"},
        {"cpu_seconds_to_95", "CPU s to 95%"}, {"cpu_seconds_to_95_best", "CPU s to 95% of best"},
        {"train_seconds", "train wall s"},
    };

    public static String markdown(String title, List<Experiment.Run> runs, Map<String, Object> config) {
        StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
        int n = runs.size();
        sb.append(n == 1 ? "One run" : n + " runs (seeds " + runs.getFirst().seed() + "–" + runs.getLast().seed()
                + "); each cell is the mean ± the sample standard deviation over the runs").append(".\n\n");
        sb.append("| method |");
        for (String[] c : COLUMNS) {
            sb.append(' ').append(c[1]).append(" |");
        }
        sb.append("\n|---|").append("---:|".repeat(COLUMNS.length)).append('\n');
        aggregate(runs).forEach((m, stats) -> {
            sb.append("| ").append(m.cliName()).append(" |");
            for (String[] c : COLUMNS) {
                double[] v = stats.get(c[0]);
                sb.append(' ').append(cell(c[0], v, n)).append(" |");
            }
            sb.append('\n');
        });
        sb.append("\nCPU seconds are the training thread's CPU time; \"to 95%\" is the training time at the first "
                + "curve point whose evaluation MAP@R reached 95% of the final one (\"of best\": of the best one; "
                + "epoch 0 = the untrained head, time 0). Scoring and checkpoint saves are not counted.\n\n");
        for (Experiment.Run r : runs) {
            if (r.split() != null) {
                sb.append("- seed ").append(r.seed()).append(": seen ").append(r.split().seen()).append(", unseen ")
                        .append(r.split().unseen()).append('\n');
            }
        }
        sb.append("\n## Config\n\n| key | value |\n|---|---|\n");
        config.forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return sb.toString();
    }

    private static String cell(String key, double[] v, int runs) {
        if (v == null) {
            return "–";
        }
        boolean seconds = key.contains("seconds");
        String f = seconds ? "%.1f" : "%.3f";
        String s = String.format(Locale.ROOT, f, v[0]);
        return runs > 1 ? s + " ± " + String.format(Locale.ROOT, f, v[1]) : s;
    }

    /** Per-run MAP@R curves of the first run, for {@link LineChart}. */
    public static List<LineChart.Series> curves(Experiment.Run run) {
        List<LineChart.Series> out = new ArrayList<>();
        run.results().forEach((m, res) -> {
            if (m.loss() == null) {
                return;
            }
            double[] x = res.curve().stream().mapToDouble(CurvePoint::cpuSeconds).toArray();
            double[] y = res.curve().stream().mapToDouble(CurvePoint::mapAtR).toArray();
            out.add(new LineChart.Series(m.cliName(), x, y, m.ordinal() - 1, false));
        });
        return out;
    }
}
