package org.silhouette.cli;

import org.silhouette.core.UserError;
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

    /** Refuses a count of runs outside 1..100; call it before long work, so a typo costs no embedding. */
    void check() {
        if (count < 1 || count > 100) {
            throw new UserError("--seeds must be between 1 and 100, got " + count + ".");
        }
    }

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
