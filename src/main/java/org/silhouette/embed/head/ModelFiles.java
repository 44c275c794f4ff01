package org.silhouette.embed.head;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.silhouette.core.AtomicFiles;
import org.silhouette.core.Sha256;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A model folder holds {@code config.json} and one {@code head-<hash>.params} file. Saving writes the
 * new parameter file under a fresh name first and then replaces config.json atomically: the rename of
 * config.json is the commit point, so a write killed at any moment leaves the previous model loadable.
 */
final class ModelFiles {
    static final String CONFIG = "config.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Test seam: called between the steps of a save so tests can simulate a crash there. */
    interface Hook {
        Hook NONE = stage -> { };

        void reached(String stage) throws IOException;
    }

    private ModelFiles() {
    }

    static void save(Path dir, ModelConfig configWithoutParams, byte[] params, Hook hook) throws IOException {
        Files.createDirectories(dir);
        String sha = sha256(params);
        String name = "head-" + sha.substring(0, 16) + ".params";
        ModelConfig config = new ModelConfig(ModelConfig.FORMAT, ModelConfig.VERSION, configWithoutParams.inputDim(),
                configWithoutParams.hidden(), configWithoutParams.outputDim(), configWithoutParams.mean(),
                configWithoutParams.scale(), configWithoutParams.loss(), configWithoutParams.classes(), name,
                params.length, sha);
        hook.reached("start");
        AtomicFiles.write(dir.resolve(name), out -> {
            hook.reached("params-writing");
            out.write(params);
        });
        hook.reached("params-written");
        byte[] json = JSON.writeValueAsBytes(config);
        AtomicFiles.writeBytes(dir.resolve(CONFIG), json);
        hook.reached("config-written");
        deleteStaleParams(dir, name);
    }

    /** A loaded config and the verified bytes of its parameter file. */
    record Loaded(ModelConfig config, byte[] params) {
    }

    static Loaded load(Path dir) throws IOException {
        Path configFile = dir.resolve(CONFIG);
        if (!Files.isDirectory(dir)) {
            throw new UserError("No such model folder: " + dir);
        }
        if (!Files.isRegularFile(configFile)) {
            throw new UserError(dir + " is not a Silhouette model: it has no " + CONFIG + ".");
        }
        ModelConfig config;
        try {
            config = JSON.readValue(configFile.toFile(), ModelConfig.class);
        } catch (JsonProcessingException e) {
            throw new UserError(configFile + " is not a valid model config: " + e.getOriginalMessage() + ".", e);
        }
        if (config == null || !ModelConfig.FORMAT.equals(config.format())) {
            throw new UserError(configFile + " is not a Silhouette head config.");
        }
        if (config.version() != ModelConfig.VERSION) {
            throw new UserError(configFile + " has format version " + config.version() + "; this Silhouette reads "
                    + ModelConfig.VERSION + ".");
        }
        String name = config.paramsFile();
        if (name == null || !name.matches("head-[0-9a-f]{16}\\.params")) {
            throw new UserError(configFile + " names no valid parameter file.");
        }
        Path paramsFile = dir.resolve(name);
        if (!Files.isRegularFile(paramsFile)) {
            throw new UserError("The model in " + dir + " is incomplete: " + name + " is missing.");
        }
        byte[] params = Files.readAllBytes(paramsFile);
        if (params.length != config.paramsBytes() || !sha256(params).equals(config.paramsSha256())) {
            throw new UserError("The model in " + dir + " is corrupt: " + name + " does not match its checksum.");
        }
        return new Loaded(config, params);
    }

    private static void deleteStaleParams(Path dir, String keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "head-*.params")) {
            for (Path f : files) {
                if (!f.getFileName().toString().equals(keep)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(Sha256.of(bytes));
    }
}
