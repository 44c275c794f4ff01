package org.silhouette.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;

/** The {@code --seed} and {@code --seeds} of the commands that repeat a whole run over seeds ({@code experiment}, {@code simulate}). */
final class SeedRangeFlags {

    @Mixin
    SeedFlag first = new SeedFlag(0);

    @Option(names = "--seeds", defaultValue = "1", paramLabel = "N",
            description = "Runs with seeds S, S+1, …, S+N−1; the report gives their mean and spread "
                    + "(default: ${DEFAULT-VALUE}).")
    int count;

    /** The first run's seed. */
    long first() {
        return first.value;
    }

    /** The settings a report records. */
    void describe(Map<String, Object> config) {
        config.put("seed", first.value);
        config.put("seeds", count);
    }
}
