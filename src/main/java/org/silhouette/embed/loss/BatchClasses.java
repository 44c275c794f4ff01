package org.silhouette.embed.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * The classes present in one batch. Labels are arbitrary ids (int or float, [B] or [B, 1]); the
 * classes are numbered 0..K-1 in order of first appearance, and classes absent from the batch simply do
 * not exist here. Reading B labels back to Java is cheap, and per-class constants built here save the
 * NDArray graph several small ops per batch; everything per pair stays in NDArray ops.
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

    int ownCount(int row) {
        return counts[classOf[row]];
    }

    /** Membership matrix [B, K] times a per-row value: v[i] where row i belongs to class k, else 0. */
    NDArray membership(NDArray like, IntToDoubleFunction perRow) {
        int k = classCount();
        double[] m = new double[size() * k];
        for (int i = 0; i < classOf.length; i++) {
            m[i * k + classOf[i]] = perRow.applyAsDouble(i);
        }
        return array(like, m, new Shape(size(), k));
    }

    /** Membership matrix [B, K]: 1 where row i belongs to class k. */
    NDArray oneHot(NDArray like) {
        return membership(like, i -> 1);
    }

    /** A constant in the type and on the manager of {@code like}. */
    static NDArray array(NDArray like, double[] values, Shape shape) {
        NDManager m = like.getManager();
        DataType type = like.getDataType();
        if (type == DataType.FLOAT64) {
            return m.create(values, shape);
        }
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        NDArray a = m.create(f, shape);
        return type == DataType.FLOAT32 ? a : a.toType(type, false);
    }
}
