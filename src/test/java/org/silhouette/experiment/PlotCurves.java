package org.silhouette.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-scope tool for docs/RESULTS.md: overlays the accuracy curves of several {@code simulate} outputs.
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.silhouette.experiment.PlotCurves
 * OUT.png "title" DIR...}
 */
public final class PlotCurves {
    private PlotCurves() {
    }

    public static void main(String[] args) throws Exception {
        List<LineChart.Series> series = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            series.add(SimulationReport.readAccuracy(Path.of(args[i]), i - 2));
        }
        LineChart.draw(args[1], "actions", "accuracy (share of all images labelled right)", series, 0, 1, 0.95,
                Path.of(args[0]));
    }
}
