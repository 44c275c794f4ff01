package org.silhouette.cli;

import org.silhouette.core.Cancellation;
import org.silhouette.data.Problem;
import org.silhouette.embed.FeatureCache;
import org.silhouette.embed.backbone.Backbone;
import org.silhouette.embed.backbone.Backbones;
import org.silhouette.embed.backbone.Introspection;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.experiment.FeatureSets;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The backbone and feature-cache options of the commands that load labelled image folders as features
 * ({@code experiment}, {@code simulate}), and the loading itself: open the backbone once, load each folder
 * through the cache, close both.
 */
final class LabelledFeatureOptions {

    @Option(names = "--backbone", required = true, paramLabel = "MODEL", description = "Backbone, as for embed.")
    String backbone;

    @Option(names = "--tap", defaultValue = "-1", paramLabel = "N",
            description = "Backbone output (default: ${DEFAULT-VALUE}, the last).")
    int tap;

    @Option(names = "--size", defaultValue = "64", paramLabel = "PX", description = "Input size (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--pool", defaultValue = "avg", paramLabel = "avg|flatten",
            description = "Pooling (default: ${DEFAULT-VALUE}).")
    String pool;

    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache (default: as for embed).")
    Path cache;

    /** One folder to load: at most {@code perClass} images of each class (0: all), chosen with the seed. */
    record Folder(Path path, int perClass, long seed) {
    }

    /** Loads the folders in order with one backbone; progress and the backbone's description go to err. */
    List<FeatureSets.Loaded> load(PrintWriter err, List<Folder> folders) throws IOException {
        ConsoleProgress progress = new ConsoleProgress(err);
        Introspection intro = new Introspection(tap, Pooling.parse(pool), size);
        try (Backbone net = Backbones.open(backbone, intro, Backbones.defaultModelCache(), false, progress,
                Cancellation.NEVER)) {
            progress.done();
            err.println("Backbone: " + net.describe() + ".");
            Path cacheRoot = cache != null ? cache : Backbones.userCacheDir().resolve("features");
            try (FeatureCache fc = FeatureCache.open(cacheRoot, net.fingerprint(), net.featureDim())) {
                List<FeatureSets.Loaded> loaded = new java.util.ArrayList<>();
                for (Folder f : folders) {
                    loaded.add(FeatureSets.load(f.path(), f.perClass(), f.seed(), net, fc, progress, Cancellation.NEVER));
                    progress.done();
                }
                return loaded;
            }
        }
    }

    /** Writes OUT/problems.csv and says so when any file was skipped. */
    static void reportProblems(PrintWriter err, Path out, Path root, List<Problem> problems) throws IOException {
        if (problems.isEmpty()) {
            return;
        }
        Path file = out.resolve("problems.csv");
        EmbedCommand.writeProblems(file, root, problems);
        err.printf(Locale.ROOT, "Skipped %d unreadable files; the reasons are in %s.%n", problems.size(), file);
    }

    /** The settings a report records. */
    void describe(Map<String, Object> config) {
        config.put("backbone", backbone);
        config.put("tap", tap);
        config.put("size", size);
        config.put("pool", pool);
    }
}
