package org.silhouette.experiment;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.FolderScan;
import org.silhouette.data.ImageEntry;
import org.silhouette.data.Problem;
import org.silhouette.embed.FeatureCache;
import org.silhouette.embed.FeatureExtractor;
import org.silhouette.embed.backbone.Backbone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Scans an ImageFolder tree, optionally keeps N images per class, and embeds them (through the cache). */
public final class FeatureSets {
    private FeatureSets() {
    }

    /** What loading one folder gave, besides the features. */
    public record Loaded(LabelledFeatures set, int unlabelledSkipped, List<Problem> problems, int cacheHits, int computed) {
    }

    /**
     * @param perClass keep at most this many images per class, chosen with {@code seed}; 0 keeps all
     * @param cache may be null
     */
    public static Loaded load(Path folder, int perClass, long seed, Backbone net, FeatureCache cache,
            Progress progress, Cancellation cancel) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UserError("Expected a folder of class sub-folders at " + folder + ", but there is none.");
        }
        FolderScan.Result scan = FolderScan.scan(folder, FolderScan.Options.DEFAULT, progress, cancel);
        List<ImageEntry> labelled = scan.images().stream().filter(ImageEntry::isLabelled).toList();
        int unlabelled = scan.images().size() - labelled.size();
        if (labelled.isEmpty()) {
            throw new UserError("No labelled images under " + folder + ": put each class's images in its own "
                    + "sub-folder (" + folder.resolve("<class>") + "/…).");
        }
        List<ImageEntry> kept = perClass > 0 ? subsample(labelled, perClass, seed) : labelled;
        FeatureExtractor.Result r = FeatureExtractor.extract(kept, net, cache, FeatureExtractor.Options.defaults(),
                progress, cancel);
        if (r.features().rows() == 0) {
            throw new UserError("None of the " + kept.size() + " images under " + folder + " could be embedded.");
        }
        List<String> classes = r.embedded().stream().map(ImageEntry::label).distinct().sorted().toList();
        int[] labels = new int[r.embedded().size()];
        List<Path> paths = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            ImageEntry e = r.embedded().get(i);
            labels[i] = Collections.binarySearch(classes, e.label());
            paths.add(e.path());
        }
        List<Problem> problems = new ArrayList<>(scan.problems());
        problems.addAll(r.problems());
        return new Loaded(new LabelledFeatures(r.features(), labels, paths, classes), unlabelled, List.copyOf(problems),
                r.cacheHits(), r.computed());
    }

    /** At most {@code perClass} entries of each class, chosen with the seed, kept in scan order. */
    static List<ImageEntry> subsample(List<ImageEntry> entries, int perClass, long seed) {
        Map<String, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byClass.computeIfAbsent(entries.get(i).label(), k -> new ArrayList<>()).add(i);
        }
        List<Integer> keep = new ArrayList<>();
        Random random = new Random(seed);
        for (List<Integer> rows : byClass.values()) {
            Collections.shuffle(rows, random);
            keep.addAll(rows.subList(0, Math.min(perClass, rows.size())));
        }
        keep.sort(Comparator.naturalOrder());
        return keep.stream().map(entries::get).toList();
    }
}
