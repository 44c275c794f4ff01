package org.silhouette.session;

import org.silhouette.core.UserError;
import org.silhouette.embed.backbone.Introspection;
import org.silhouette.embed.backbone.SmallCnn;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bundled backbones: the project's own small CNN in {@code models/small-cnn-cifar10} (the default
 * when a project names none) and the ImageNet MobileNetV2 in {@code models/mobilenetv2-imagenet}, looked for
 * relative to the working folder and beside the jar.
 */
public final class DefaultBackbone {

    public static final String FOLDER = "small-cnn-cifar10";
    public static final String MOBILENET_FOLDER = "mobilenetv2-imagenet";
    static final String MOBILENET_FILE = MOBILENET_FOLDER + ".pt";
    /** The zoo model offered once for download. */
    public static final String ZOO_SPEC = "zoo:resnet18";

    private DefaultBackbone() {
    }

    /** Where the default was looked for, first match wins ({@code -Dsilhouette.defaultBackbone} first). */
    public static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String prop = System.getProperty("silhouette.defaultBackbone");
        if (prop != null && !prop.isBlank()) {
            out.add(Path.of(prop));
        }
        out.addAll(bundled(FOLDER));
        return out;
    }

    /** {@code models/<folder>} in the working folder, then beside the jar (or target/classes). */
    private static List<Path> bundled(String folder) {
        List<Path> out = new ArrayList<>();
        out.add(Path.of("models", folder));
        jarFolder().ifPresent(dir -> {
            out.add(dir.resolve("models").resolve(folder));
            if (dir.getParent() != null) {
                out.add(dir.getParent().resolve("models").resolve(folder)); // target/silhouette.jar -> ./models
            }
        });
        return out;
    }

    /** The bundled MobileNetV2's TorchScript file ({@code -Dsilhouette.mobileNet} first), when present. */
    public static Optional<Path> findMobileNet() {
        List<Path> files = new ArrayList<>();
        String prop = System.getProperty("silhouette.mobileNet");
        if (prop != null && !prop.isBlank()) {
            files.add(Path.of(prop));
        }
        bundled(MOBILENET_FOLDER).forEach(dir -> files.add(dir.resolve(MOBILENET_FILE)));
        return files.stream().filter(java.nio.file.Files::isRegularFile).findFirst()
                .map(p -> p.toAbsolutePath().normalize());
    }

    public static Optional<Path> find() {
        return candidates().stream().filter(SmallCnn::isModelDir).findFirst().map(p -> p.toAbsolutePath().normalize());
    }

    /** What to open for these settings: their backbone, else the default; a clear error when there is none. */
    public static String spec(ProjectSettings s) {
        if (s.backbone() != null) {
            return s.backbone();
        }
        return find().map(Path::toString).orElseThrow(() -> new UserError("The bundled backbone models/" + FOLDER
                + " was not found (looked in " + candidates().getFirst().toAbsolutePath() + " and beside the jar);"
                + " choose a backbone in File > Settings or pass --backbone FILE."));
    }

    /** The input size a backbone was made for: the small CNN's training size, else the usual default. */
    public static int ownSize(String spec) {
        try {
            Path p = Path.of(spec);
            if (SmallCnn.isModelDir(p)) {
                return SmallCnn.readConfig(p).trainedSize();
            }
        } catch (IOException | RuntimeException e) {
            // not a small CNN folder (or unreadable): the usual default, and opening it will say what is wrong
        }
        return Introspection.defaults().size();
    }

    private static Optional<Path> jarFolder() {
        try {
            var source = DefaultBackbone.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(location.getParent()); // target/classes or target/silhouette.jar -> target
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
