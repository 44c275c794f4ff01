package org.silhouette.session;

import org.silhouette.data.LabelsCsv;
import org.silhouette.project.ImageList;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ground truth of a demo folder ({@code truth.csv} beside or inside it), kept apart from the labels so
 * the app can say how accurate the user's labels are without ever importing it.
 *
 * <p>User labels carry the user's own names, so each label stands for one true class: the class of the same
 * name (ignoring case, spaces, '-' and '_'), else the class most of its images belong to (ties: the first
 * name in sort order). An image counts as correct when its label stands for its true class.
 */
public final class DemoTruth {

    /** Images with a true class; how many carry a label that stands for it; and with suggestions counted. */
    public record Score(int total, int correct, int correctWithSuggestions) {
        public String describe() {
            if (total == 0) {
                return "";
            }
            if (correctWithSuggestions == 0) {
                return String.format(Locale.ROOT, "demo truth: %,d images with a known class; none correctly"
                        + " labelled yet", total);
            }
            return String.format(Locale.ROOT, "demo truth: %d%% of images correctly labelled (%,d of %,d)",
                    Math.round(100.0 * correct / total), correct, total)
                    + (correctWithSuggestions > correct ? String.format(Locale.ROOT, "; %d%% counting suggestions",
                    Math.round(100.0 * correctWithSuggestions / total)) : "");
        }
    }

    private final String[] truthOfImage;

    public DemoTruth(String[] truthOfImage) {
        this.truthOfImage = truthOfImage;
    }

    /** The truth for a project's images, when a {@code truth.csv} sits beside or inside the image folder. */
    public static Optional<DemoTruth> find(Path imageRoot, ImageList images) {
        for (Path csv : new Path[] {imageRoot.resolveSibling("truth.csv"), imageRoot.resolve("truth.csv")}) {
            if (imageRoot.getParent() != null && Files.isRegularFile(csv)) {
                try {
                    LabelsCsv truth = LabelsCsv.read(csv, imageRoot);
                    String[] out = new String[images.size()];
                    int found = 0;
                    for (int i = 0; i < out.length; i++) {
                        String t = truth.labelOf(imageRoot, imageRoot.resolve(images.path(i)));
                        if (t != null && !t.isEmpty()) {
                            out[i] = t;
                            found++;
                        }
                    }
                    return found == 0 ? Optional.empty() : Optional.of(new DemoTruth(out));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty(); // a truth file we cannot read is simply not reported on
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param suggestedOfImage suggested label id per image (-1 none), or null
     */
    public Score score(LabelState state, int[] suggestedOfImage) {
        Map<Integer, String> stands = standsFor(state);
        int total = 0;
        int correct = 0;
        int withSuggestions = 0;
        for (int i = 0; i < truthOfImage.length && i < state.imageCount(); i++) {
            String truth = truthOfImage[i];
            if (truth == null || !state.images().isPresent(i)) {
                continue;
            }
            total++;
            int label = state.labelOf(i);
            if (label >= 0) {
                if (truth.equals(stands.get(label))) {
                    correct++;
                    withSuggestions++;
                }
            } else if (suggestedOfImage != null && i < suggestedOfImage.length && suggestedOfImage[i] >= 0
                    && truth.equals(stands.get(suggestedOfImage[i]))) {
                withSuggestions++;
            }
        }
        return new Score(total, correct, withSuggestions);
    }

    /** The true class each label stands for. */
    public Map<Integer, String> standsFor(LabelState state) {
        Map<String, String> classByKey = new HashMap<>();
        for (String t : truthOfImage) {
            if (t != null) {
                classByKey.putIfAbsent(key(t), t);
            }
        }
        Map<Integer, Map<String, Integer>> votes = new HashMap<>();
        for (int i = 0; i < truthOfImage.length && i < state.imageCount(); i++) {
            int label = state.labelOf(i);
            if (label >= 0 && truthOfImage[i] != null) {
                votes.computeIfAbsent(label, k -> new TreeMap<>()).merge(truthOfImage[i], 1, Integer::sum);
            }
        }
        Map<Integer, String> out = new HashMap<>();
        for (LabelInfo l : state.labels()) {
            String byName = classByKey.get(key(l.name()));
            if (byName != null) {
                out.put(l.id(), byName);
                continue;
            }
            Map<String, Integer> v = votes.get(l.id());
            if (v != null) {
                String best = null;
                for (var e : v.entrySet()) { // sorted by name, so ties go to the first
                    if (best == null || e.getValue() > v.get(best)) {
                        best = e.getKey();
                    }
                }
                out.put(l.id(), best);
            }
        }
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }
}
