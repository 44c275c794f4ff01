package org.silhouette.harness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * umap-learn in a Python process (src/tools/umap_baseline.py --serve), fitted on request, so the layout part can
 * alternate its own fits with umap-learn's and time both under the same load. Needs a python3 with umap-learn and
 * scikit-learn: {@code -Dsilhouette.python=...}, else /usr/bin/python3 (Debian's), else python3 on the PATH.
 */
final class UmapLearnBaseline implements AutoCloseable {
    static final Path SCRIPT = Path.of("src/tools/umap_baseline.py");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final Path log;
    private final JsonNode settings;

    private UmapLearnBaseline(Process process, Path log) throws IOException {
        this.process = process;
        this.log = log;
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        settings = reply();
    }

    /** Starts the script on x ([n, d] .npy) and labels (one per line) and waits until it has warmed up. */
    static UmapLearnBaseline start(Path x, Path labels, Path workDir) throws IOException {
        if (!Files.isRegularFile(SCRIPT)) {
            throw new IOException("no " + SCRIPT + " here (run bench from the repository root)");
        }
        Path log = workDir.resolve("umap_baseline.log");
        Process p = new ProcessBuilder(List.of(Python.command(), SCRIPT.toString(), "--x", x.toString(), "--labels",
                labels.toString(), "--serve")).redirectError(log.toFile()).start();
        return new UmapLearnBaseline(p, log);
    }

    /** umap-learn's version and settings, as the script reported them. */
    JsonNode settings() {
        return settings;
    }

    /** One timed fit, its coordinates saved to {@code coords} (.npy); returns its wall time in seconds. */
    double fit(Path coords) throws IOException {
        return ask("fit " + coords.toAbsolutePath()).get("seconds").asDouble();
    }

    private JsonNode ask(String command) throws IOException {
        in.write(command + "\n");
        in.flush();
        return reply();
    }

    private JsonNode reply() throws IOException {
        String line = out.readLine();
        if (line == null) {
            throw new IOException("umap_baseline.py stopped: " + lastLine(log));
        }
        JsonNode node = JSON.readTree(line);
        if (node.has("error")) {
            throw new IOException("umap_baseline.py: " + node.get("error").asText());
        }
        return node;
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.isEmpty() ? "no message" : lines.getLast().strip();
        } catch (IOException e) {
            return "no message (" + e.getMessage() + ")";
        }
    }


    @Override
    public void close() {
        try {
            in.write("quit\n");
            in.close();
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            process.destroy();
        }
    }
}
