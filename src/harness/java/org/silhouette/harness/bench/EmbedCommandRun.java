package org.silhouette.harness.bench;

import org.silhouette.session.ProjectSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the {@code embed} command on a folder as a user runs it, in a JVM of its own started from the same
 * jar with the same backbone settings and nothing cached: the baseline that opening the folder in the app
 * is held against (issue 12: the full map within 1.2× of it).
 */
final class EmbedCommandRun {
    private EmbedCommandRun() {
    }

    /** Wall seconds of {@code embed} on {@code folder}, or NaN when the bench does not run from a jar. */
    static double seconds(Path folder, ProjectSettings settings, Path work) throws IOException {
        Path jar;
        try {
            jar = Path.of(EmbedCommandRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            return Double.NaN;
        }
        if (!jar.toString().endsWith(".jar") || settings.backbone() == null || settings.size() <= 0) {
            return Double.NaN; // not from the jar, or a backbone at its own size, which embed cannot be told
        }
        Files.createDirectories(work);
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaCommand, "-jar", jar.toString(), "embed", "--data",
                folder.toString(), "--backbone", settings.backbone(), "--tap", Integer.toString(settings.tap()),
                "--pool", settings.pooling().name().toLowerCase(java.util.Locale.ROOT), "--size",
                Integer.toString(settings.size()), "--no-cache", "--labels-from", "none", "--out",
                work.resolve("features.npy").toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("embed.log").toFile()).start();
        try {
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IOException("embed exited with " + rc + "; see " + work.resolve("embed.log"));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
