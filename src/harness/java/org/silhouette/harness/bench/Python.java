package org.silhouette.harness.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Python the baselines run in: {@code -Dsilhouette.python=...}, else /usr/bin/python3 (Debian's), else python3. */
final class Python {
    private Python() {
    }

    static String command() {
        String chosen = System.getProperty("silhouette.python");
        if (chosen != null) {
            return chosen;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }
}
