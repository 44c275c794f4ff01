package org.silhouette.cli;

import org.silhouette.core.Cancellation;
import org.silhouette.embed.FeatureCache;
import org.silhouette.embed.backbone.Backbone;
import org.silhouette.embed.backbone.Backbones;
import org.silhouette.embed.backbone.Introspection;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.experiment.FeatureSets;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The backbone and feature-cache flags of the commands that turn images into features ({@code embed},
 * {@code experiment}, {@code simulate}), and the one way they open that backbone with its cache.
 */
final class BackboneFlags {

    @Option(names = "--backbone", required = true, paramLabel = "MODEL",
            description = "TorchScript file, a folder holding one, a small-CNN folder, zoo:resnet18, or an https:/file: address.")
    String backbone;

    @Option(names = "--tap", defaultValue = "-1", paramLabel = "N",
            description = "Output index of a multi-output model; negative counts from the end (default: ${DEFAULT-VALUE}, the last).")
    int tap;

    @Option(names = "--pool", defaultValue = "avg", paramLabel = "avg|flatten",
            description = "Average over the spatial axes, or flatten the whole map (default: ${DEFAULT-VALUE}).")
    String pool;

    @Mixin
    SizeFlag size;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Feature cache folder (default: ~/.cache/silhouette/features, or $XDG_CACHE_HOME).")
    Path cache;

    /** @param defaultSize the command's input size when --size is not given */
    BackboneFlags(int defaultSize) {
        size = new SizeFlag(defaultSize);
    }

    /** Work done with an open backbone and its feature cache (null when the command does without one). */
    interface FeatureWork<T> {
        T run(Backbone net, FeatureCache cache, ConsoleProgress progress) throws IOException;
    }

    /** One labelled folder to load: at most {@code perClass} images of each class (0: all), chosen with the seed. */
    record Folder(Path path, int perClass, long seed) {
    }

    /** What these flags ask of the backbone; checks them (the tap, pooling and size), so call it before long work. */
    Introspection introspection() {
        return new Introspection(tap, Pooling.parse(pool), size.value);
    }

    /**
     * Opens the backbone (downloading it only when allowed) and, when {@code useCache}, its feature cache; runs
     * {@code work}; closes both. Progress and the backbone's description go to {@code err}.
     */
    <T> T withFeatures(PrintWriter err, boolean download, boolean useCache, FeatureWork<T> work) throws IOException {
        ConsoleProgress progress = new ConsoleProgress(err);
        try (Backbone net = Backbones.open(backbone, introspection(), Backbones.defaultModelCache(), download, progress,
                Cancellation.NEVER)) {
            progress.done();
            err.println("Backbone: " + net.describe() + ".");
            if (!useCache) {
                return work.run(net, null, progress);
            }
            Path cacheRoot = cache != null ? cache : Backbones.userCacheDir().resolve("features");
            try (FeatureCache fc = FeatureCache.open(cacheRoot, net.fingerprint(), net.featureDim())) {
                return work.run(net, fc, progress);
            }
        }
    }

    /** Loads labelled folders in order with one backbone and cache. */
    List<FeatureSets.Loaded> loadLabelled(PrintWriter err, List<Folder> folders) throws IOException {
        return withFeatures(err, false, true, (net, fc, progress) -> {
            List<FeatureSets.Loaded> loaded = new ArrayList<>();
            for (Folder f : folders) {
                loaded.add(FeatureSets.load(f.path(), f.perClass(), f.seed(), net, fc, progress, Cancellation.NEVER));
                progress.done();
            }
            return loaded;
        });
    }

    /** The settings a report records. */
    void describe(Map<String, Object> config) {
        config.put("backbone", backbone);
        config.put("tap", tap);
        config.put("size", size.value);
        config.put("pool", pool);
    }
}
