package org.silhouette.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** The {@code --out} of the commands that write a report folder ({@code experiment}, {@code simulate}). */
final class ReportFolder {

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "Folder for the report (JSON and Markdown) and its figures.")
    Path dir;

    /** Makes the folder, refusing one that exists as a file; call it once the input has passed its checks. */
    Path make() throws IOException {
        Folders.makeOutput(dir);
        return dir;
    }
}
