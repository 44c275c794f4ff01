package org.silhouette.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The {@code --data} and {@code --per-class} of the commands that read one ImageFolder tree whose folder names are
 * the true classes ({@code simulate}, {@code train-backbone}). Each command picks its N images its own way.
 */
final class ImageFolderFlags {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "ImageFolder tree: DIR/<class>/<image>; the folder names are the true labels.")
    Path data;

    @Option(names = "--per-class", defaultValue = "0", paramLabel = "N",
            description = "Use at most N images of each class (default: all).")
    int perClass;
}
