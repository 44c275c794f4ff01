package org.silhouette.harness.stress;

import org.silhouette.embed.backbone.Pooling;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.harness.fx.ScriptedWindow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The FX-thread watchdog run (issue 5): opens a generated folder in the real window, embeds it, labels a few
 * images of three groups the way the label panel does, runs two rounds of the loop, and reports how long the
 * FX thread ever kept a 20 ms ping waiting. The test runs it on a few hundred images; the stress command on
 * 10k. Needs a JavaFX toolkit (a display, or Monocle headless).
 */
public final class FxStallCheck {

    /**
     * @param openSeconds from the open request to the map with features and suggestions
     * @param roundSeconds each loop round, from the request to the analysed map on screen
     */
    /**
     * @param firstPointsSeconds from the open request to the first points on the map
     * @param panZoom the watchdog's report over the pan-and-zoom phase alone
     * @param peakHeapMb the most heap in use at any time of the run (the JVM's peak usage of its heap pools)
     */
    public record Result(int images, double openSeconds, List<Double> roundSeconds, List<Double> moveSeconds,
            long pings, double worstWallMs, double worstBusyMs, int wallOver100, int busyOver100,
            double worstRenderMs, double firstPointsSeconds, FxStallWatchdog.Report panZoom, double peakHeapMb) {
        public String describe() {
            return String.format(Locale.ROOT, "%,d images: first points %.1f s, open %.1f s, rounds %s s (points"
                            + " moving after %s s); %d pings: worst FX wait %.0f ms (%d over 100 ms), worst FX-thread"
                            + " work in one wait %.0f ms (%d over 100 ms), worst renderer work in one wait %.0f ms;"
                            + " panning and zooming (%d pings): worst FX-thread work %.0f ms (%d over 100 ms), worst"
                            + " wait %.0f ms; peak heap %.0f MB", images, firstPointsSeconds,
                    openSeconds, oneDecimal(roundSeconds), oneDecimal(moveSeconds), pings, worstWallMs, wallOver100,
                    worstBusyMs, busyOver100, worstRenderMs, panZoom.pings(), panZoom.worstBusyMs(),
                    panZoom.busyOver100(), panZoom.worstWallMs(), peakHeapMb);
        }

        private static List<String> oneDecimal(List<Double> xs) {
            return xs.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).toList();
        }
    }

    /** Three rounds of eight zoom-ins, eight pans and eight zoom-outs. */
    static final int PAN_ZOOM_STEPS = 72;

    private FxStallCheck() {
    }

    /** The peak usage of the heap's pools since the JVM started, summed (an upper bound of the peak heap). */
    static double peakHeapMb() {
        long bytes = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1e6;
    }

    /**
     * @param folder where the images are generated (reused when it already holds them)
     * @param backbone backbone spec, with its tap, pooling and input size
     */
    public static Result run(Path folder, int images, String backbone, int tap, String pooling, int size,
            Duration timeout) throws Exception {
        if (!Files.isDirectory(folder) || !hasImages(folder)) {
            SyntheticFolder.write(folder, images, 6, 1);
        }
        ScriptedWindow.presetBackbone(folder, backbone, tap, Pooling.parse(pooling), size);
        ScriptedWindow window = ScriptedWindow.show(1280, 800);
        List<Double> rounds = new ArrayList<>();
        List<Double> moves = new ArrayList<>();
        double open;
        double firstPoints;
        FxStallWatchdog.Report report;
        FxStallWatchdog.Report panZoom;
        try (FxStallWatchdog watchdog = new FxStallWatchdog()) {
            long t0 = System.nanoTime();
            window.open(folder, timeout);
            open = (System.nanoTime() - t0) / 1e9;
            labelSomeOfThreeGroups(window, timeout);
            if (Boolean.getBoolean("silhouette.watchdog.debug")) {
                FxThread.run(() -> dumpClips(window.root(), ""));
            }
            for (int r = 0; r < 2; r++) {
                rounds.add(window.retrain(timeout));
                moves.add(window.lastMoveSeconds());
            }
            try (FxStallWatchdog panning = new FxStallWatchdog()) {
                window.panAndZoom(PAN_ZOOM_STEPS, Duration.ofMillis(30));
                panZoom = panning.report();
            }
            firstPoints = window.firstPointsSeconds();
            report = watchdog.report();
            if (Boolean.getBoolean("silhouette.watchdog.debug")) {
                System.err.println("FX load: " + watchdog.load());
            }
        } finally {
            window.close();
        }
        return new Result(images, open, rounds, moves, report.pings(), report.worstWallMs(), report.worstBusyMs(),
                report.wallOver100(), report.busyOver100(), report.worstRenderMs(), firstPoints, panZoom,
                peakHeapMb());
    }

    /**
     * As a user would: select a fifth of each of groups 0, 1 and 2 of a {@link SyntheticFolder} and name them.
     * The picking reads file names off the FX thread, so the watchdog measures the app, not this script.
     */
    public static void labelSomeOfThreeGroups(ScriptedWindow window, Duration timeout) throws Exception {
        List<ScriptedWindow.Image> shown = window.images();
        for (int group = 0; group < 3; group++) {
            List<Integer> picked = new ArrayList<>();
            int seen = 0;
            for (ScriptedWindow.Image image : shown) {
                if (SyntheticFolder.groupOf(image.fileName()) == group && seen++ % 5 == 0) {
                    picked.add(image.id());
                }
            }
            window.name(picked.stream().mapToInt(Integer::intValue).toArray(), "group " + group, timeout);
        }
    }

    private static void dumpClips(javafx.scene.Node n, String path) {
        String here = path + "/" + n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
        if (n.getClip() != null && n.isVisible()) {
            System.err.println("CLIP " + here + " clip=" + n.getClip() + " effect=" + n.getEffect());
        }
        if (n.getEffect() != null && n.isVisible()) {
            System.err.println("EFFECT " + here + " " + n.getEffect());
        }
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                dumpClips(c, here);
            }
        }
    }

    private static boolean hasImages(Path folder) throws java.io.IOException {
        try (var s = Files.list(folder)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".png"));
        }
    }
}
