package org.silhouette.embed.backbone;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a backbone from what a user types after {@code --backbone}: a TorchScript file (or a folder
 * holding one), a small-CNN folder, {@code zoo:resnet18} / {@code zoo:resnet50}, or an
 * {@code https:}/{@code file:} address of a TorchScript file (downloaded once into the model cache).
 */
public final class Backbones {
    private Backbones() {
    }

    /**
     * @param modelCache where downloaded models are kept
     * @param allowDownload the user's consent to use the network for a model not yet cached
     */
    public static Backbone open(String spec, Introspection intro, Path modelCache, boolean allowDownload,
            Progress progress, Cancellation cancel) throws IOException {
        String s = spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("zoo:")) {
            return ZooModels.open(ZooModels.url(s.substring(4)), modelCache, allowDownload, intro, progress, cancel);
        }
        if (lower.startsWith("https:") || lower.startsWith("http:") || lower.startsWith("file:")) {
            URI url;
            try {
                url = URI.create(s);
            } catch (IllegalArgumentException e) {
                throw new UserError("Not a valid model address: " + s);
            }
            return ZooModels.open(url, modelCache, allowDownload, intro, progress, cancel);
        }
        Path path;
        try {
            path = Path.of(s);
        } catch (InvalidPathException e) {
            throw new UserError("Not a valid backbone path: " + s);
        }
        if (SmallCnn.isModelDir(path)) {
            return SmallCnn.open(path, intro);
        }
        return TorchScriptBackbone.open(path, intro);
    }

    /** Default folder for downloaded models: {@code $XDG_CACHE_HOME/silhouette/models} or {@code ~/.cache/silhouette/models}. */
    public static Path defaultModelCache() {
        return userCacheDir().resolve("models");
    }

    /** {@code $XDG_CACHE_HOME/silhouette}, else {@code ~/.cache/silhouette}. */
    public static Path userCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("silhouette");
    }
}
