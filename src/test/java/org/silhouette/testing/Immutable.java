package org.silhouette.testing;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Folders made immutable with chattr (Linux), which holds even for root where permission bits do not: the one
 * way a test can be sure a folder really cannot be written.
 */
public final class Immutable {

    private Immutable() {
    }

    /** Runs {@code chattr flag} ({@code +i} or {@code -i}) on each folder; false when chattr is missing or fails. */
    public static boolean chattr(String flag, Path... dirs) throws Exception {
        for (Path d : dirs) {
            Process p;
            try {
                p = new ProcessBuilder("chattr", flag, d.toString()).redirectErrorStream(true).start();
            } catch (java.io.IOException noChattr) {
                return false;
            }
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return false;
            }
        }
        return true;
    }
}
