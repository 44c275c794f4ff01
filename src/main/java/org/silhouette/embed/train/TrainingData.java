package org.silhouette.embed.train;

import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;

import java.util.ArrayList;
import java.util.List;

/**
 * The labelled rows of a training request, checked, with their classes renumbered 0..C-1 (the ids the
 * loss sees) and notes about degenerate input. With a structure term, the unlabelled rows are the
 * structure rows ({@code free}), and fewer than two classes (even none) is allowed: the head then learns
 * the structure alone.
 */
record TrainingData(int[] rows, int[] dense, int[] classIds, int[] classSizes, int[] free, List<String> warnings) {

    static TrainingData of(FloatMatrix features, int[] labels) {
        return of(features, labels, false);
    }

    static TrainingData of(FloatMatrix features, int[] labels, boolean structure) {
        if (features.rows() != labels.length) {
            throw new UserError("There are " + features.rows() + " feature rows but " + labels.length + " labels.");
        }
        if (features.cols() == 0) {
            throw new UserError("The features have no columns.");
        }
        int maxId = -1;
        int labelled = 0;
        for (int l : labels) {
            if (l < -1) {
                throw new IllegalArgumentException("class ids must be >= 0, or -1 for unlabelled; got " + l);
            }
            maxId = Math.max(maxId, l);
            labelled += l >= 0 ? 1 : 0;
        }
        if (labelled == 0 && !structure) {
            throw new UserError("No image is labelled; label images of at least two classes to train.");
        }
        int[] countById = new int[maxId + 1];
        for (int l : labels) {
            if (l >= 0) {
                countById[l]++;
            }
        }
        int[] denseOf = new int[maxId + 1];
        List<Integer> ids = new ArrayList<>();
        for (int c = 0; c <= maxId; c++) {
            denseOf[c] = countById[c] > 0 ? ids.size() : -1;
            if (countById[c] > 0) {
                ids.add(c);
            }
        }
        if (ids.size() < 2 && !structure) {
            throw new UserError("Training needs at least two labelled classes, but all " + labelled
                    + " labelled images are in one class.");
        }
        int[] rows = new int[labelled];
        int[] dense = new int[labelled];
        int[] free = new int[structure ? labels.length - labelled : 0];
        int r = 0;
        int f = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                rows[r] = i;
                dense[r++] = denseOf[labels[i]];
            } else if (structure) {
                free[f++] = i;
            }
        }
        checkFinite(features);
        int[] classIds = ids.stream().mapToInt(Integer::intValue).toArray();
        int[] sizes = new int[classIds.length];
        for (int c = 0; c < classIds.length; c++) {
            sizes[c] = countById[classIds[c]];
        }
        List<String> warnings = new ArrayList<>();
        long singletons = java.util.Arrays.stream(sizes).filter(s -> s == 1).count();
        if (singletons > 0) {
            warnings.add(singletons + " class" + (singletons == 1 ? " has" : "es have")
                    + " a single labelled image; such a class only serves as a negative for the others.");
        }
        if (structure && ids.size() < 2) {
            warnings.add(labelled == 0 ? "No image is labelled yet: the head learns the backbone's structure alone."
                    : "Fewer than two classes are labelled: the head learns the backbone's structure alone.");
        }
        if (rows.length > 1 && identicalRows(features, rows)) {
            warnings.add("All labelled images have identical features, so the head cannot tell their classes apart.");
        }
        return new TrainingData(rows, dense, classIds, sizes, free, warnings);
    }

    int classCount() {
        return classIds.length;
    }

    /** Whether the label loss has anything to work on: at least two labelled classes. */
    boolean hasLabels() {
        return classIds.length >= 2;
    }

    /** Every row, not only labelled ones: unlabelled rows feed the standardisation. */
    private static void checkFinite(FloatMatrix features) {
        int d = features.cols();
        float[] data = features.data();
        for (int row = 0; row < features.rows(); row++) {
            for (int j = 0; j < d; j++) {
                if (!Float.isFinite(data[row * d + j])) {
                    throw new UserError("Feature row " + row + " holds a non-finite value (" + data[row * d + j]
                            + " in column " + j + "); re-extract the features.");
                }
            }
        }
    }

    private static boolean identicalRows(FloatMatrix features, int[] rows) {
        int d = features.cols();
        float[] data = features.data();
        int first = rows[0] * d;
        for (int r = 1; r < rows.length; r++) {
            int off = rows[r] * d;
            for (int j = 0; j < d; j++) {
                if (data[off + j] != data[first + j]) {
                    return false;
                }
            }
        }
        return true;
    }
}
