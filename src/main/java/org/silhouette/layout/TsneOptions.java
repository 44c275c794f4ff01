package org.silhouette.layout;

/**
 * Smile t-SNE's knobs, validated here.
 *
 * @param perplexity effective neighbour count; lowered to (n - 1) / 3 for small inputs
 * @param iterations gradient steps; Smile switches momentum at 250, so at least 251
 * @param learningRate the step size (eta)
 * @param earlyExaggeration P's multiplier during the first iterations
 * @param seed seeds Smile's random initial layout
 */
public record TsneOptions(double perplexity, int iterations, double learningRate, double earlyExaggeration, long seed) {

    public TsneOptions {
        if (!(perplexity >= 2) || perplexity > 1000) {
            throw new IllegalArgumentException("t-SNE perplexity must be in [2, 1000], got " + perplexity);
        }
        if (iterations < 251 || iterations > 100_000) {
            throw new IllegalArgumentException("t-SNE iterations must be in [251, 100000], got " + iterations);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("t-SNE learning rate must be positive, got " + learningRate);
        }
        if (!(earlyExaggeration > 0) || !Double.isFinite(earlyExaggeration)) {
            throw new IllegalArgumentException("t-SNE early exaggeration must be positive, got " + earlyExaggeration);
        }
    }

    /** Perplexity 30, 500 iterations, eta 200, exaggeration 12. */
    public static TsneOptions defaults() {
        return new TsneOptions(30, 500, 200, 12, 0L);
    }

    public TsneOptions withSeed(long s) {
        return new TsneOptions(perplexity, iterations, learningRate, earlyExaggeration, s);
    }

    public TsneOptions withIterations(int it) {
        return new TsneOptions(perplexity, it, learningRate, earlyExaggeration, seed);
    }
}
