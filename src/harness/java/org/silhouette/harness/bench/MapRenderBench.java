package org.silhouette.harness.bench;

import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.silhouette.app.map.MapCanvas;
import org.silhouette.core.UserError;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.render.ArgbTile;
import org.silhouette.render.Colouring;
import org.silhouette.render.MapPoints;
import org.silhouette.render.PointSpacing;
import org.silhouette.render.TileLookup;
import org.silhouette.render.Viewport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * Render benchmark for the map (not a test): times frames of (a) 100k points while panning and zooming,
 * (b) 10k thumbnails on screen and (c) the 100k points of (a) with thumbnails placed where they fit. Each
 * frame is timed twice: the rasterisation alone, and the whole path to pixels — raster, canvas draw, and a snapshot that forces the Prism pipeline to render and read
 * the canvas back (an upper bound on presenting it). Run on the FX thread; starts the toolkit if needed.
 */
public final class MapRenderBench {

    /** Sizes of a run; {@link #DEFAULT} is what the targets refer to. */
    public record Options(int width, int height, int points, int thumbnails, int thumbnailPx, int frames,
            int warmup) {
        public static final Options DEFAULT = new Options(1280, 720, 100_000, 10_000, 24, 120, 30);

        public Options {
            if (width < 16 || height < 16 || points < 1 || thumbnails < 1 || thumbnailPx < 4 || frames < 1
                    || warmup < 0) {
                throw new IllegalArgumentException("Benchmark sizes must be positive");
            }
        }
    }

    /** One scenario's timing; primitives are the mean per timed frame. */
    public record Result(String scenario, int frames, double rasterMsPerFrame, double totalMsPerFrame,
            double cpuMsPerFrame, double targetMs, int dotsPerFrame, int tilesPerFrame) {
        public boolean meetsTarget() {
            return totalMsPerFrame <= targetMs;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-40s %6.2f ms/frame wall (raster %5.2f; process CPU %6.2f),"
                    + " target <= %.0f ms: %s; mean %,d dots + %,d thumbnails per frame", scenario, totalMsPerFrame,
                    rasterMsPerFrame, cpuMsPerFrame, targetMs, meetsTarget() ? "met" : "MISSED", dotsPerFrame,
                    tilesPerFrame);
        }
    }

    private MapRenderBench() {
    }

    /** Runs both scenarios; blocks the caller (not the FX thread) until done. */
    public static List<Result> run(Options o) throws Exception {
        startToolkit();
        List<Result> results = new ArrayList<>();
        results.add(onFx(() -> panAndZoom(o)));
        results.add(onFx(() -> panWholeMap(o)));
        results.add(onFx(() -> thumbnails(o)));
        results.add(onFx(() -> placedThumbnails(o)));
        return results;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Prism pipeline: " + System.getProperty("prism.order", "(default)"));
        for (Result r : run(Options.DEFAULT)) {
            System.out.println(r);
        }
        Platform.exit();
    }

    static Result panAndZoom(Options o) {
        Rig rig = clusteredPoints(o);
        return rig.time("(a) " + String.format(Locale.ROOT, "%,d", o.points()) + " points, pan + zoom", 16,
                zoomInAndOut(rig));
    }

    /** Zooms in to 4x and back out about a moving cursor, panning all the while. */
    private static java.util.function.IntConsumer zoomInAndOut(Rig rig) {
        double fit = rig.viewport.scale();
        Options o = rig.options;
        return frame -> {
            double phase = frame / 60.0 * 2 * Math.PI;
            double zoom = 1 + 1.5 * (1 - Math.cos(phase));
            rig.viewport.zoomAbout(o.width() * (0.5 + 0.3 * Math.sin(phase)), o.height() / 2.0,
                    fit * zoom / rig.viewport.scale());
            rig.viewport.panBy(6 * Math.cos(phase), 4 * Math.sin(phase));
        };
    }

    /** The heaviest case for dots: every point on screen, panning a little each frame. */
    static Result panWholeMap(Options o) {
        Rig rig = clusteredPoints(o);
        return rig.time("(a') " + String.format(Locale.ROOT, "%,d", o.points()) + " points, whole map, pan", 16,
                frame -> rig.viewport.panBy(frame % 2 == 0 ? 3 : -3, 0));
    }

    /**
     * (a)'s points and moves with a thumbnail for every point: zoomed out, the renderer chooses which points
     * get one, the work the dots-only scenarios skip.
     */
    static Result placedThumbnails(Options o) {
        ArgbTile[] pool = new ArgbTile[256];
        SplittableRandom random = new SplittableRandom(3);
        for (int t = 0; t < pool.length; t++) {
            pool[t] = syntheticTile(64, random);
        }
        Rig rig = clusteredPoints(o, TileLookup.inMemory(i -> pool[i % pool.length]));
        return rig.time("(c) " + String.format(Locale.ROOT, "%,d", o.points()) + " points with thumbnails, pan + zoom",
                16, zoomInAndOut(rig));
    }

    private static Rig clusteredPoints(Options o) {
        return clusteredPoints(o, TileLookup.NONE);
    }

    private static Rig clusteredPoints(Options o, TileLookup tiles) {
        SplittableRandom random = new SplittableRandom(1);
        int n = o.points();
        float[] x = new float[n];
        float[] y = new float[n];
        int clusters = 24;
        float[] cx = new float[clusters];
        float[] cy = new float[clusters];
        for (int c = 0; c < clusters; c++) {
            cx[c] = (float) random.nextDouble(-10, 10);
            cy[c] = (float) random.nextDouble(-6, 6);
        }
        int[] colour = new int[n];
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(clusters);
            x[i] = cx[c] + (float) (random.nextGaussian() * 1.2);
            y[i] = cy[c] + (float) (random.nextGaussian() * 1.2);
            colour[i] = 1 + c % 10;
        }
        Rig rig = new Rig(o, x, y, colour, tiles);
        rig.viewport.fit(-14, -10, 14, 10, 20);
        return rig;
    }

    static Result thumbnails(Options o) {
        int n = o.thumbnails();
        int cols = (int) Math.ceil(Math.sqrt(n * (double) o.width() / o.height()));
        int rows = (n + cols - 1) / cols;
        float[] x = new float[n];
        float[] y = new float[n];
        int[] colour = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i % cols) + 0.5f;
            y[i] = (i / cols) + 0.5f;
            colour[i] = 1 + i % 10;
        }
        ArgbTile[] tiles = new ArgbTile[n];
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < n; i++) {
            tiles[i] = syntheticTile(64, random);
        }
        TileLookup lookup = TileLookup.inMemory(i -> tiles[i]);
        Rig rig = new Rig(o, x, y, colour, lookup);
        // Every thumbnail on screen at the smallest thumbnail size; they overlap where the grid is finer.
        rig.viewport.fit(0, 0, cols, rows, 0);
        rig.points.setSpacing((float) ((o.thumbnailPx() + 0.25) / rig.viewport.scale()));
        return rig.time("(b) " + String.format(Locale.ROOT, "%,d", n) + " thumbnails of " + o.thumbnailPx() + " px",
                33, frame -> rig.viewport.panBy(frame % 2 == 0 ? 1 : -1, 0));
    }

    /** A canvas, its data and the timing loop. */
    private static final class Rig {
        final Options options;
        final MapPoints points = new MapPoints();
        final Viewport viewport = new Viewport();
        final MapCanvas canvas;
        final WritableImage snapshot;
        final SnapshotParameters params = new SnapshotParameters();

        Rig(Options o, float[] x, float[] y, int[] colour, TileLookup tiles) {
            options = o;
            points.setPositions(x, y);
            points.setSpacing(PointSpacing.estimate(x, y, x.length));
            int[] palette = new int[11];
            palette[0] = Colouring.NONE_RGB;
            for (int c = 1; c < 11; c++) {
                palette[c] = Colouring.labelRgb(c - 1);
            }
            points.setColours(colour, palette, MapPoints.identity(x.length));
            canvas = new MapCanvas(points, viewport);
            canvas.setOnResize(viewport::setSize);
            canvas.setTiles(tiles);
            canvas.resize(o.width(), o.height());
            canvas.layout();
            snapshot = new WritableImage(o.width(), o.height());
        }

        Result time(String name, double targetMs, java.util.function.IntConsumer move) {
            for (int f = 0; f < options.warmup(); f++) {
                move.accept(f);
                frame();
            }
            long raster = 0;
            long total = 0;
            long dots = 0;
            long tiles = 0;
            long cpu0 = processCpuNanos();
            for (int f = 0; f < options.frames(); f++) {
                move.accept(f);
                long t0 = System.nanoTime();
                canvas.paint();
                long t1 = System.nanoTime();
                canvas.canvas().snapshot(params, snapshot);
                long t2 = System.nanoTime();
                raster += t1 - t0;
                total += t2 - t0;
                dots += canvas.lastStats().dots();
                tiles += canvas.lastStats().tiles();
            }
            long cpu = processCpuNanos() - cpu0;
            int f = options.frames();
            return new Result(name, f, raster / 1e6 / f, total / 1e6 / f, cpu < 0 ? Double.NaN : cpu / 1e6 / f,
                    targetMs, (int) (dots / f), (int) (tiles / f));
        }

        private void frame() {
            canvas.paint();
            canvas.canvas().snapshot(params, snapshot);
        }
    }

    /**
     * CPU time of the whole process (all threads, the render thread included), or a negative number where
     * the JVM cannot tell. On a shared machine it shows the cost apart from waiting for other programs.
     */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static ArgbTile syntheticTile(int edge, SplittableRandom random) {
        int[] px = new int[edge * edge];
        int a = random.nextInt(0xFFFFFF);
        int b = random.nextInt(0xFFFFFF);
        int stripes = 2 + random.nextInt(6);
        for (int yy = 0; yy < edge; yy++) {
            for (int xx = 0; xx < edge; xx++) {
                px[yy * edge + xx] = 0xFF000000 | (((xx + yy) * stripes / edge) % 2 == 0 ? a : b);
            }
        }
        return ArgbTile.of(edge, edge, px, 0);
    }

    private static void startToolkit() {
        try {
            FxThread.ensureStarted();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError noDisplay) {
            throw new UserError("The map benchmark needs JavaFX with a display: run it under "
                    + "xvfb-run, or headless with Monocle (-Dglass.platform=Monocle -Dmonocle.platform=Headless).");
        }
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return FxThread.call(task, Duration.ofMinutes(10));
    }
}
