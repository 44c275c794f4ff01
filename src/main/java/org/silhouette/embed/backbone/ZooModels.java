package org.silhouette.embed.backbone;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Models from DJL's model zoo that Silhouette can fetch on request. DJL's PyTorch ResNets are traced
 * TorchScript returning ImageNet logits only, so their one "tap" is the 1000-d logit layer.
 */
public final class ZooModels {
    /** DJL's traced torchvision ResNet-18 (ImageNet), gzipped, as listed in DJL's PyTorch model zoo. */
    public static final URI RESNET18 =
            URI.create("https://mlrepo.djl.ai/model/cv/image_classification/ai/djl/pytorch/resnet/0.0.1/traced_resnet18.pt.gz");
    /** DJL's traced torchvision ResNet-50 (ImageNet). */
    public static final URI RESNET50 =
            URI.create("https://mlrepo.djl.ai/model/cv/image_classification/ai/djl/pytorch/resnet/0.0.1/traced_resnet50.pt.gz");

    private static final Map<String, URI> BY_NAME = Map.of("resnet18", RESNET18, "resnet50", RESNET50);

    private ZooModels() {
    }

    /** The address for a zoo name such as {@code resnet18}. */
    public static URI url(String name) {
        URI u = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (u == null) {
            throw new UserError("Unknown zoo model '" + name + "'; known: " + String.join(", ", BY_NAME.keySet().stream().sorted().toList()) + ".");
        }
        return u;
    }

    /**
     * Fetches (once, with progress) and opens a zoo model. Tests pass a {@code file:} address here: it is
     * the same path as a real download, minus the network.
     */
    public static TorchScriptBackbone open(URI url, Path cacheDir, boolean allowNetwork, Introspection intro,
            Progress progress, Cancellation cancel) throws IOException {
        Path file = ModelDownloader.fetch(url, cacheDir, allowNetwork, progress, cancel);
        return TorchScriptBackbone.open(file, intro);
    }
}
