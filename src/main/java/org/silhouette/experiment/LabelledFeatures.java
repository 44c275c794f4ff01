package org.silhouette.experiment;

import org.silhouette.core.FloatMatrix;

import java.nio.file.Path;
import java.util.List;

/**
 * Backbone features of labelled images.
 *
 * @param features one row per image
 * @param labels the class of each row, an index into {@code classes}
 * @param paths the image file behind each row
 * @param classes class names, sorted
 */
public record LabelledFeatures(FloatMatrix features, int[] labels, List<Path> paths, List<String> classes) {

    public LabelledFeatures {
        paths = List.copyOf(paths);
        classes = List.copyOf(classes);
        if (labels.length != features.rows() || paths.size() != features.rows()) {
            throw new IllegalArgumentException(features.rows() + " rows, " + labels.length + " labels and "
                    + paths.size() + " paths");
        }
    }

    public int rows() {
        return labels.length;
    }

    /**
     * The rows whose class is one of {@code keep}, relabelled as indices into {@code keep} (so the
     * result's classes are exactly {@code keep}, in that order).
     */
    public LabelledFeatures restrictTo(List<String> keep) {
        int[] map = new int[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            map[c] = keep.indexOf(classes.get(c));
        }
        int n = 0;
        for (int l : labels) {
            n += map[l] >= 0 ? 1 : 0;
        }
        int[] rows = new int[n];
        int[] newLabels = new int[n];
        Path[] newPaths = new Path[n];
        int m = 0;
        for (int i = 0; i < labels.length; i++) {
            if (map[labels[i]] >= 0) {
                rows[m] = i;
                newLabels[m] = map[labels[i]];
                newPaths[m] = paths.get(i);
                m++;
            }
        }
        return new LabelledFeatures(features.selectRows(rows), newLabels, List.of(newPaths), keep);
    }
}
