package org.silhouette.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --seed} of the commands whose random choices a seed repeats ({@code train}, {@code project},
 * {@code metrics}, {@link SeedRangeFlags}, and the harness's {@code stress}): one flag, one help text.
 */
public final class SeedFlag {

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long value;

    /** @param defaultSeed the command's seed when --seed is not given */
    public SeedFlag(long defaultSeed) {
        value = defaultSeed;
    }

    public long value() {
        return value;
    }
}
