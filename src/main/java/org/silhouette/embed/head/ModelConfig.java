package org.silhouette.embed.head;

import java.util.List;

/**
 * {@code config.json} of a saved model: the head's shape, its standardisation, and which parameter file
 * holds its weights, with that file's length and SHA-256 so a torn or foreign file is never trusted.
 */
record ModelConfig(
        String format,
        int version,
        int inputDim,
        List<Integer> hidden,
        int outputDim,
        float[] mean,
        float[] scale,
        String loss,
        List<String> classes,
        String paramsFile,
        long paramsBytes,
        String paramsSha256) {

    static final String FORMAT = "silhouette-head";
    static final int VERSION = 1;
}
