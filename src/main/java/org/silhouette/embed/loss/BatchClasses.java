package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.util.HashMap;
import java.util.Map;

/**
 * The classes present in one batch. Labels are arbitrary ids (int or float, [B] or [B, 1]); the
 * classes are numbered 0..K-1 in order of first appearance, and classes absent from the batch simply do
 * not exist here. Reading B labels back to Java is cheap; everything per pair stays in NDArray ops.
 *
 * @param classOf class number of each row
 * @param counts rows per class
 */
record BatchClasses(int[] classOf, int[] counts) {

    static BatchClasses of(NDArray labels, NDArray embeddings) {
        Shape shape = embeddings.getShape();
        if (shape.dimension() != 2) {
            throw new IllegalArgumentException("Embeddings must be [B, D], got " + shape);
        }
        double[] raw = labels.toType(DataType.FLOAT64, false).toDoubleArray();
        if (raw.length != shape.get(0)) {
            throw new IllegalArgumentException(raw.length + " labels for " + shape.get(0) + " embeddings");
        }
        Map<Double, Integer> index = new HashMap<>();
        int[] classOf = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (!Double.isFinite(raw[i])) {
                throw new IllegalArgumentException("Label " + i + " is " + raw[i]);
            }
            double key = raw[i] == 0 ? 0.0 : raw[i]; // -0.0 and 0.0 are one class
            classOf[i] = index.computeIfAbsent(key, k -> index.size());
        }
        int[] counts = new int[index.size()];
        for (int c : classOf) {
            counts[c]++;
        }
        return new BatchClasses(classOf, counts);
    }

    int size() {
        return classOf.length;
    }

    int classCount() {
        return counts.length;
    }

    /** Size of each row's own class, [B] in the embeddings' type. */
    NDArray ownCounts(NDArray like) {
        double[] n = new double[size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = counts[classOf[i]];
        }
        return like.getManager().create(n).toType(like.getDataType(), false);
    }

    /** Class sizes, [K] in the embeddings' type. */
    NDArray classCounts(NDArray like) {
        double[] n = new double[counts.length];
        for (int k = 0; k < n.length; k++) {
            n[k] = counts[k];
        }
        return like.getManager().create(n).toType(like.getDataType(), false);
    }

    /** Membership matrix [B, K]: 1 where row i belongs to class k. */
    NDArray oneHot(NDArray like) {
        int k = classCount();
        float[] m = new float[size() * k];
        for (int i = 0; i < classOf.length; i++) {
            m[i * k + classOf[i]] = 1;
        }
        return like.getManager().create(m, new Shape(size(), k)).toType(like.getDataType(), false);
    }
}
