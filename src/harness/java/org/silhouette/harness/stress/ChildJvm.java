package org.silhouette.harness.stress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's {@code main} in a fresh JVM on this JVM's classpath, with the same {@code java}. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static Process start(Class<?> main, Path nativeTmp, List<String> args) throws IOException {
        return start(main, nativeTmp, args, null);
    }

    /** As above, with stderr going to {@code stderrFile} (so nobody has to drain it) when not null. */
    public static Process start(Class<?> main, Path nativeTmp, List<String> args, Path stderrFile) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Xmx128m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("--enable-native-access=ALL-UNNAMED");
        // sqlite-jdbc unpacks its native library here; a killed child cannot clean it up, so keep it contained.
        cmd.add("-Dorg.sqlite.tmpdir=" + nativeTmp);
        cmd.add(main.getName());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.PIPE);
        if (stderrFile != null) {
            pb.redirectError(stderrFile.toFile());
        }
        return pb.start();
    }
}
