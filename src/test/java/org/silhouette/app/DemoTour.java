package org.silhouette.app;

import org.silhouette.data.LabelsCsv;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.harness.fx.ScriptedWindow;
import org.silhouette.render.ColourMode;
import org.silhouette.session.DemoFolder;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.Rows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: drives the real window on the bundled demo under Xvfb and saves screenshots for the docs. The
 * groups it labels are picked with the demo's truth.csv (as a person who knows the classes would lasso them),
 * then the map is retrained twice. Run:
 * xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/classes:target/test-classes:DEPS
 * org.silhouette.app.DemoTour OUT_DIR [images per label]
 */
public final class DemoTour {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String[] CLASSES = {"trouser", "bag", "sneaker", "dress", "pullover", "ankle-boot",
            "sandal", "t-shirt"};

    private DemoTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        int perLabel = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path demo = DemoFolder.find();
        FxThread.ensureStarted();
        MainWindow w = ScriptedWindow.newWindow(new MainWindow.Options(false), 1280, 800);
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        FxThread.run(() -> {
            w.loop().autoProperty().set(false);
            w.open(new OpenRequest(demo, null, null), opened::complete);
        });
        if (!opened.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException(FxThread.call(() -> w.status().message()));
        }
        FxThread.run(() -> w.loop().autoProperty().set(false));
        System.out.printf("open: first map %.1f s, map with features and suggestions %.1f s; %s%n",
                (double) FxThread.call(() -> w.project().times().firstMapSeconds()),
                (double) FxThread.call(() -> w.project().times().openSeconds()),
                FxThread.call(() -> w.status().message()));
        settle(w);
        shot(w, out.resolve("01-opened.png"));

        LabelsCsv truth = LabelsCsv.read(demo.resolveSibling("truth.csv"), demo);
        for (String c : CLASSES) {
            FxThread.run(() -> {
                List<Integer> picked = new ArrayList<>();
                Rows rows = w.presenter().rows();
                for (int r = 0; r < rows.count() && picked.size() < perLabel; r++) {
                    Path file = demo.resolve(w.project().current().imageName(rows.image(r)));
                    if (c.equals(truth.labelOf(demo, file))) {
                        picked.add(rows.image(r));
                    }
                }
                w.presenter().reselect(picked.stream().mapToInt(Integer::intValue).toArray());
                w.labels().assignName(c);
            });
            FxThread.await("label " + c, TIMEOUT, () -> w.presenter().labels().labelNamed(c).isPresent());
        }
        for (int round = 0; round < 3; round++) {
            double seconds = ScriptedWindow.of(w).retrain(TIMEOUT);
            System.out.printf("round %d: points moving after %.1f s, analysed map after %.1f s; %s%n", round + 1,
                    (double) FxThread.call(() -> w.loop().lastMoveSeconds()), seconds,
                    FxThread.call(() -> w.status().message()));
        }
        settle(w);
        shot(w, out.resolve("02-labelled-retrained.png"));

        FxThread.run(() -> w.labels().selectMostUncertain());
        settle(w);
        FxThread.run(() -> {
            float[] c = densestSelected(w);
            w.map().viewport().centreOn(c[0], c[1]);
            w.map().viewport().zoomAbout(w.map().viewport().width() / 2, w.map().viewport().height() / 2, 2.5);
        });
        settle(w);
        Thread.sleep(1500); // thumbnails stream in
        settle(w);
        shot(w, out.resolve("03-zoomed-uncertain.png"));
        FxThread.run(() -> w.map().setColourMode(ColourMode.SUGGESTED));
        settle(w);
        shot(w, out.resolve("04-suggested.png"));
        FxThread.run(() -> {
            w.map().setColourMode(ColourMode.SUGGESTED);
            w.labels().selectLabel(w.presenter().labels().labelNamed("sneaker").orElseThrow(),
                    org.silhouette.render.MapSelection.Op.REPLACE);
            float[] c = densestSelected(w);
            w.map().viewport().centreOn(c[0], c[1]);
            w.map().viewport().zoomAbout(w.map().viewport().width() / 2, w.map().viewport().height() / 2,
                    Math.max(1, 28 / Math.max(1e-9, w.map().spacingPx())));
        });
        settle(w);
        Thread.sleep(2000);
        settle(w);
        shot(w, out.resolve("05-demo.png"));
        System.out.println("truth: " + FxThread.call(() -> w.status().truth()));
        System.out.println("quality: " + FxThread.call(() -> w.quality().overallText()));
        System.out.println("status: " + FxThread.call(() -> w.status().message()));
        ReviewTour.shots(w, out);
        CompletableFuture<Void> closed = FxThread.call(() -> {
            CompletableFuture<Void> c = w.shutdown();
            w.scene().getWindow().hide();
            return c;
        });
        closed.get(60, TimeUnit.SECONDS);
        javafx.application.Platform.exit();
    }

    /** The centre of the 14 x 14 grid cell with the most points times different suggestions. */
    private static float[] mostVaried(float[] x, float[] y, int[] suggested) {
        int g = 14;
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        java.util.Map<Integer, java.util.Set<Integer>> kinds = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < x.length; i++) {
            int cx = Math.min(g - 1, (int) ((x[i] - minX) / (maxX - minX) * g));
            int cy = Math.min(g - 1, (int) ((y[i] - minY) / (maxY - minY) * g));
            kinds.computeIfAbsent(cy * g + cx, k -> new java.util.HashSet<>()).add(suggested[i]);
            counts.merge(cy * g + cx, 1, Integer::sum);
        }
        int best = counts.keySet().stream().max(java.util.Comparator.<Integer>comparingInt(
                k -> kinds.get(k).size() * counts.get(k))).orElse(0);
        return new float[] {minX + (best % g + 0.5f) * (maxX - minX) / g, minY + (best / g + 0.5f) * (maxY - minY) / g};
    }

    static void shot(MainWindow w, Path file) throws Exception {
        shot(w.scene(), file);
    }

    /** Saves what a scene shows, the main window's or another window's. */
    static void shot(javafx.scene.Scene scene, Path file) throws Exception {
        FxThread.run(() -> {
            try {
                Screenshots.save(scene, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.println("saved " + file);
    }

    static void settle(MainWindow w) throws Exception {
        FxThread.await("the map to settle", TIMEOUT, () -> w.map().isSettled() && !w.loop().busyProperty().get());
        Thread.sleep(300);
    }

    /** Where the selected images are densest, so the shot shows the selection (FX thread). */
    private static float[] densestSelected(MainWindow w) {
        return densestOf(w, w.map().selectionModel().selected());
    }

    /** Where these rows are densest on the map (FX thread). */
    static float[] densestOf(MainWindow w, java.util.BitSet rows) {
        float[] x = new float[rows.cardinality()];
        float[] y = new float[x.length];
        int k = 0;
        for (int i = rows.nextSetBit(0); i >= 0; i = rows.nextSetBit(i + 1)) {
            x[k] = w.presenter().x()[i];
            y[k++] = w.presenter().y()[i];
        }
        return org.silhouette.render.DensestSpot.of(x, y);
    }
}
