package org.silhouette.harness.bench;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.project.ImageList;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.ProjectSession;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times what a user waits for in the app itself: the {@link ProjectSession} the window drives, on a folder of
 * synthetic images written to disk, with the backbone a new project picks. Opening (scan and record), the
 * first map (features and UMAP), the loop's preparation, then one round after a lasso of {@code lasso} more
 * images: when the map moved, when the suggestions arrived and when the quality figures arrived. The
 * {@code loop} part times {@code MapLoop} alone on synthetic features; the difference between the two is what
 * the app adds (store writes, the quality figures).
 */
public final class AppLoopBenchmark {
    private AppLoopBenchmark() {
    }

    /**
     * @param openSeconds scan and record the images
     * @param firstPointsSeconds from opening to the first preview of the features so far (the first points)
     * @param firstMapSeconds features (nothing cached) and the first map
     * @param prepareSeconds the structure term's neighbourhoods, which the app maps in the background
     * @param firstRoundSeconds the first round (a fresh head), untimed in the target
     * @param movedSeconds from the lasso's labels to the new map handed to the window
     * @param suggestedSeconds to the suggestions handed to the window
     * @param analysedSeconds to the quality figures handed to the window
     * @param endSeconds to the end of the round's job, after the structure target followed the labels for the
     *     next round (the window shows everything before it)
     * @param embedSeconds the {@code embed} command on the same folder with the same backbone, nothing cached,
     *     in a JVM of its own, as a user would run it; NaN when not run from the jar
     */
    public record Result(int images, String backbone, double openSeconds, double firstPointsSeconds,
            double firstMapSeconds,
            double prepareSeconds, int labelled, int lasso, double firstRoundSeconds, double movedSeconds,
            double suggestedSeconds, double analysedSeconds, double endSeconds, double embedSeconds,
            double openToMapAgainSeconds, double embedAgainSeconds) {

        /** Opening to the full map, best of the two rounds. */
        public double bestOpenToMap() {
            return Math.min(openSeconds + firstMapSeconds, openToMapAgainSeconds);
        }

        /** {@code embed}, best of the two rounds (NaN when not run from the jar). */
        public double bestEmbed() {
            return Math.min(embedSeconds, embedAgainSeconds);
        }
    }

    /** {@code images} synthetic images in {@code groups} groups; {@code labelledFraction} named before the lasso. */
    public static Result run(Path dir, int images, int groups, double labelledFraction, int lasso) throws IOException {
        Path folder = SyntheticFolder.write(dir.resolve("images"), images, groups, 11);
        long t0 = System.nanoTime();
        try (ProjectSession s = ProjectSession.open(new OpenRequest(folder, null, null), dir.resolve("home"),
                Progress.NONE, Cancellation.NEVER)) {
            long t1 = System.nanoTime();
            long[] firstPoints = new long[1];
            s.embedAndMap(false, preview -> firstPoints[0] = firstPoints[0] == 0 ? System.nanoTime() : firstPoints[0],
                    Progress.NONE, Cancellation.NEVER);
            long t2 = System.nanoTime();
            s.prepareLoop(Progress.NONE, Cancellation.NEVER);
            long t3 = System.nanoTime();

            List<List<Integer>> byGroup = imagesByGroup(s.labels().images(), groups);
            SplittableRandom r = new SplittableRandom(5);
            List<Integer> left = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                List<Integer> named = new ArrayList<>();
                for (int image : byGroup.get(g)) {
                    if (r.nextDouble() < labelledFraction) {
                        named.add(image);
                    } else if (g == 0) {
                        left.add(image); // what the timed lasso takes from
                    }
                }
                s.edits().assignName(ints(named), "group " + g);
            }
            long t4 = System.nanoTime();
            s.update(true, s.settings().loopOptions(), Progress.NONE, Cancellation.NEVER, m -> { }, m -> { });
            long t5 = System.nanoTime();

            int[] lassoed = ints(left.subList(0, Math.min(lasso, left.size())));
            long[] moved = new long[1];
            long[] handed = new long[2]; // the suggestions, then the quality figures
            long start = System.nanoTime();
            s.edits().assignName(lassoed, "group 0");
            s.update(true, s.settings().loopOptions(), Progress.NONE, Cancellation.NEVER,
                    m -> moved[0] = System.nanoTime(), m -> handed[handed[0] == 0 ? 0 : 1] = System.nanoTime());
            long end = System.nanoTime();
            double embed = EmbedCommandRun.seconds(folder, s.settings(), dir.resolve("embed"));
            // a second round of each, the other way round, to take the best of two on this noisy machine
            double again = openToMap(folder, dir.resolve("again"));
            double embedAgain = EmbedCommandRun.seconds(folder, s.settings(), dir.resolve("embed-again"));
            return new Result(s.labels().imageCount(), s.backboneDescription(), (t1 - t0) / 1e9,
                    firstPoints[0] == 0 ? Double.NaN : (firstPoints[0] - t0) / 1e9, (t2 - t1) / 1e9,
                    (t3 - t2) / 1e9, s.labels().labelledCount(), lassoed.length, (t5 - t4) / 1e9,
                    (moved[0] - start) / 1e9, (handed[0] - start) / 1e9, (handed[1] - start) / 1e9,
                    (end - start) / 1e9, embed, again, embedAgain);
        }
    }

    /** Opening a fresh project (its own folder under {@code dir}) on {@code folder} to its full map, in seconds. */
    private static double openToMap(Path folder, Path dir) throws IOException {
        long t0 = System.nanoTime();
        try (ProjectSession s = ProjectSession.open(new OpenRequest(folder, dir.resolve("project"), null),
                dir.resolve("home"), Progress.NONE, Cancellation.NEVER)) {
            s.embedAndMap(false, preview -> { }, Progress.NONE, Cancellation.NEVER);
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private static List<List<Integer>> imagesByGroup(ImageList images, int groups) {
        List<List<Integer>> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < images.size(); i++) {
            int g = SyntheticFolder.groupOf(Path.of(images.path(i)).getFileName().toString());
            if (g >= 0) {
                out.get(g).add(i);
            }
        }
        return out;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
