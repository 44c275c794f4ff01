package org.silhouette.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the map knows about each point besides its place: class (label), suggested class and its confidence,
 * silhouette, and the class names and colours; and what it makes of them: the colours of a {@link ColourMode}
 * and the hover text. Arrays are kept as given and ignored while their length does not match the map.
 */
public final class PointValues {

    private int[] labels;
    private List<String> labelNames = List.of();
    private int[] labelRgb;
    private int[] suggested;
    private float[] confidence;
    private float[] silhouette;

    public void setLabels(int[] labelIds, List<String> names) {
        labels = labelIds;
        labelNames = List.copyOf(names);
    }

    public void setLabelColours(int[] rgbByClass) {
        labelRgb = rgbByClass;
    }

    public void setSuggestions(int[] suggestedIds, float[] confidences) {
        suggested = suggestedIds;
        confidence = confidences;
    }

    public void setSilhouette(float[] perPoint) {
        silhouette = perPoint;
    }

    /** The colours of {@code mode} for {@code n} points; values that do not match count as none. */
    public PointColours colours(ColourMode mode, int n) {
        return switch (mode) {
            case LABEL -> Colouring.categorical(fit(labels, n), labelNames, labelRgb, "unlabelled");
            case SUGGESTED -> Colouring.categorical(fit(suggested, n), labelNames, labelRgb, "no suggestion");
            case CONFIDENCE -> Colouring.confidence(suggestedOnly(fit(confidence, n), fit(suggested, n)));
            case SILHOUETTE -> Colouring.silhouette(fit(silhouette, n));
        };
    }

    /**
     * The confidences of the suggested points, NaN for the rest: a point without a suggestion carries 0 in the
     * spreading's array and would otherwise be coloured as the least sure.
     */
    private static float[] suggestedOnly(float[] confidence, int[] suggestedIds) {
        float[] out = confidence.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = suggestedIds[i] >= 0 ? out[i] : Float.NaN;
        }
        return out;
    }

    /** The hover text of point {@code i} of {@code n}: its label, suggestion and silhouette. */
    public String describe(int i, int n) {
        StringBuilder text = new StringBuilder();
        text.append(labelName(labels, i, n, "unlabelled"));
        if (suggested != null && suggested.length == n && suggested[i] >= 0) {
            text.append("\nsuggested: ").append(labelName(suggested, i, n, "none"));
            if (confidence != null && confidence.length == n) {
                text.append(Float.isNaN(confidence[i]) ? " (confidence unknown)"
                        : String.format(Locale.ROOT, " (%.0f%%)", 100 * confidence[i]));
            }
        }
        if (silhouette != null && silhouette.length == n && !Float.isNaN(silhouette[i])) {
            text.append(String.format(Locale.ROOT, "\nsilhouette %.2f", silhouette[i]));
        }
        return text.toString();
    }

    private String labelName(int[] ids, int i, int n, String none) {
        if (ids == null || ids.length != n || ids[i] < 0 || ids[i] >= labelNames.size()) {
            return none;
        }
        return labelNames.get(ids[i]);
    }

    /** The array if it matches the map, else "no value" for every point. */
    private static int[] fit(int[] values, int n) {
        if (values != null && values.length == n) {
            return values;
        }
        int[] none = new int[n];
        Arrays.fill(none, -1);
        return none;
    }

    private static float[] fit(float[] values, int n) {
        if (values != null && values.length == n) {
            return values;
        }
        float[] none = new float[n];
        Arrays.fill(none, Float.NaN);
        return none;
    }
}
