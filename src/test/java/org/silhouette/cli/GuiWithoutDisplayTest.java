package org.silhouette.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gui} where no window can open: one line that says so and what to do instead, not an exception. */
@EnabledOnOs(OS.LINUX)
class GuiWithoutDisplayTest {

    private static String[] gui(String display) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                Main.class.getName(), "gui", "--data", "nowhere");
        Map<String, String> env = pb.environment();
        env.remove("WAYLAND_DISPLAY");
        if (display == null) {
            env.remove("DISPLAY");
        } else {
            env.put("DISPLAY", display);
        }
        Process p = pb.redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "gui exits");
        return new String[] {String.valueOf(p.exitValue()), err};
    }

    @Test
    void aDisplayThatCannotBeOpenedSaysNoDisplayFoundAndSuggestsTheCliOrXvfb() throws Exception {
        for (String display : new String[] {null, ":4747"}) {
            String[] r = gui(display);
            // JavaFX logs its own warnings about the class path; ours is the one error line
            List<String> lines = r[1].strip().lines().filter(l -> l.startsWith("error") || l.contains("Exception")
                    || l.startsWith("\tat ")).toList();
            assertEquals("1", r[0], r[1]);
            assertEquals(1, lines.size(), r[1]);
            assertTrue(lines.getFirst().startsWith("error: No display found"), r[1]);
            assertTrue(r[1].contains("xvfb-run") && r[1].contains("command-line"), r[1]);
        }
    }
}
