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
import java.util.List;
import java.util.Map;

/**
 * {@code curve.json}: {@code actions}, {@code accuracy} and {@code coverage} as parallel arrays (index 0 is
 * the start, before any action), plus what each action was, a summary and the config; and the PNG of the
 * curves, optionally beside the accuracy curves of earlier runs.
 */
public final class SimulationReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SimulationReport() {
    }

    public static ObjectNode json(Simulation.Curve c, Map<String, Object> config, double target) {
        ObjectNode root = JSON.createObjectNode();
        root.set("actions", JSON.valueToTree(c.actions()));
        root.set("accuracy", JSON.valueToTree(c.accuracy()));
        root.set("coverage", JSON.valueToTree(c.coverage()));
        ArrayNode with = root.putArray("accuracy_with_suggestions");
        for (double v : c.withSuggestions()) {
            if (Double.isNaN(v)) {
                with.addNull();
            } else {
                with.add(v);
            }
        }
        root.set("kinds", JSON.valueToTree(c.kinds()));
        root.set("labelled_by_action", JSON.valueToTree(c.groups()));
        root.set("wrong_by_action", JSON.valueToTree(c.wrong()));
        root.set("refresh_seconds", JSON.valueToTree(c.seconds()));
        ObjectNode summary = root.putObject("summary");
        int last = c.actions().length - 1;
        summary.put("actions", c.actions()[last]);
        summary.put("final_accuracy", c.accuracy()[last]);
        summary.put("final_coverage", c.coverage()[last]);
        summary.put("target_accuracy", target);
        int reach = c.actionsTo(target);
        if (reach < 0) {
            summary.putNull("actions_to_target");
        } else {
            summary.put("actions_to_target", reach);
        }
        summary.put("definition", "accuracy = share of ALL images whose current label (given by a lasso or "
                + "accepted from a suggestion) equals the true class; unlabelled images count as wrong. "
                + "coverage = share of images with any label.");
        root.set("config", JSON.valueToTree(config));
        return root;
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

    public static void chart(String title, Simulation.Curve c, String name, List<LineChart.Series> others,
            double target, Path out) throws IOException {
        double[] x = java.util.Arrays.stream(c.actions()).asDoubleStream().toArray();
        List<LineChart.Series> series = new ArrayList<>(others);
        series.add(new LineChart.Series(name + " accuracy", x, c.accuracy(), 0, false));
        series.add(new LineChart.Series(name + " coverage", x, c.coverage(), 0, true));
        LineChart.draw(title, "actions", "share of all images", series, 0, 1, target, out);
    }
}
