package org.silhouette.harness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * PyTorch's own throughput on the same TorchScript, from Python (src/tools/backbone_baseline.py), so the
 * backbone part can print DJL's figure as a ratio against it, measured in the same run. Needs a python3 with
 * torch: {@code -Dsilhouette.python=...}, else /usr/bin/python3 (Debian's python3-torch), else python3.
 */
final class PyTorchBaseline {
    static final Path SCRIPT = Path.of("src/tools/backbone_baseline.py");

    /**
     * The intra-op threads DJL's engine runs with ({@code Devices.configureEngineThreads}: half the cores unless
     * {@code ai.djl.pytorch.num_threads} is set), given to Python too, so both sides run with the same count. It
     * was a fixed 2 against DJL's 1 on a 2-core machine, which halved DJL's ratio at 64 px.
     */
    static int threads() {
        org.silhouette.embed.backbone.Devices.configureEngineThreads();
        return Integer.getInteger("ai.djl.pytorch.num_threads", 1);
    }

    private PyTorchBaseline() {
    }

    /** Images per second from Python for one size, or empty when Python, torch or the script is missing. */
    static OptionalDouble imagesPerSecond(Path model, int size, int batch, int warmup, int batches) {
        if (!Files.isRegularFile(SCRIPT)) {
            return OptionalDouble.empty();
        }
        try {
            Process p = new ProcessBuilder(List.of(Python.command(), SCRIPT.toString(), "--model", model.toString(),
                    "--size", String.valueOf(size), "--batch", String.valueOf(batch), "--threads",
                    String.valueOf(threads()), "--warmup", String.valueOf(warmup), "--batches",
                    String.valueOf(batches))).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                return OptionalDouble.empty();
            }
            JsonNode n = new ObjectMapper().readTree(out.substring(out.lastIndexOf('\n') + 1));
            return OptionalDouble.of(n.get("images_per_second").asDouble());
        } catch (IOException e) {
            return OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        }
    }

}
