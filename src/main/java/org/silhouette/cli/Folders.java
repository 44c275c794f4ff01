package org.silhouette.cli;

import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder checks the commands share, each failure one line that names the folder. */
final class Folders {

    private Folders() {
    }

    /** Refuses a {@code --data} that is not a folder. */
    static void requireInput(Path data) {
        if (!Files.isDirectory(data)) {
            throw new UserError("No such folder: " + data + ".");
        }
    }

    /** Refuses an {@code --out} that exists as something other than a folder. */
    static void checkOutput(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out " + out + " exists and is not a folder.");
        }
    }

    /** {@link #checkOutput}, then makes the folder and its parents. */
    static void makeOutput(Path out) throws IOException {
        checkOutput(out);
        Files.createDirectories(out);
    }
}
