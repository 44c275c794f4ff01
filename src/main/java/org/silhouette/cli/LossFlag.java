package org.silhouette.cli;

import org.silhouette.embed.loss.LossKind;
import picocli.CommandLine.Option;

/** The {@code --loss} of the commands that take one loss by its name ({@code loss}, {@code train}), and its reading. */
final class LossFlag {

    @Option(names = "--loss", required = true, paramLabel = "NAME",
            description = "silhouette, silhouette-mean, contrastive, triplet, cosine-corel, gaussian-corel or cce.")
    String name;

    /** The loss the flag names; refuses an unknown name with the list of known ones. */
    LossKind kind() {
        return LossKind.parse(name);
    }
}
