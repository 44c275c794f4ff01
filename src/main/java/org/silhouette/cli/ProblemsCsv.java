package org.silhouette.cli;

import org.silhouette.core.AtomicFiles;
import org.silhouette.data.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The {@code path,reason} CSV of the files a command skipped, paths relative to the folder it read. */
final class ProblemsCsv {
    private ProblemsCsv() {
    }

    static void write(Path file, Path root, List<Problem> problems) throws IOException {
        AtomicFiles.writeString(file, Problem.csv(root, problems));
    }

    /** Writes OUT/problems.csv and says so when any file was skipped. */
    static void report(PrintWriter err, Path out, Path root, List<Problem> problems) throws IOException {
        if (problems.isEmpty()) {
            return;
        }
        Path file = out.resolve("problems.csv");
        write(file, root, problems);
        err.printf(Locale.ROOT, "Skipped %d unreadable files; the reasons are in %s.%n", problems.size(), file);
    }
}
