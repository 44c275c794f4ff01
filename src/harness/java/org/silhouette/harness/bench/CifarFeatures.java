package org.silhouette.harness.bench;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Npy;
import org.silhouette.core.Progress;
import org.silhouette.core.Sha256;
import org.silhouette.embed.FeatureCache;
import org.silhouette.embed.backbone.Backbones;
import org.silhouette.embed.backbone.Introspection;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.embed.backbone.TorchScriptBackbone;
import org.silhouette.experiment.FeatureSets;
import org.silhouette.experiment.LabelledFeatures;
import org.silhouette.layout.Pca;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real features for the layout part: a labelled image folder (CIFAR-10's 10k test images) through a TorchScript
 * MobileNetV2 at its c5 tap, 64 px, average pooled, then PCA to 16 dimensions. Features go through the user's
 * feature cache; the PCA result is kept in the user's cache too, keyed by the features' digest, because Smile's
 * PCA of 10k × 1280 took from 5 s to 47 s on the shared development machine.
 */
final class CifarFeatures {
    static final int TAP = 3;
    static final int SIZE = 64;
    static final int DIM = 16;

    /**
     * @param x [n, 16] the PCA scores both layouts start from
     * @param labels class ids
     * @param featureDim the backbone's feature length before PCA
     */
    record Input(FloatMatrix x, int[] labels, int featureDim, double embedSeconds, double pcaSeconds,
            boolean pcaFromCache) {
    }

    private CifarFeatures() {
    }

    static Input load(Path folder, Path model, Progress progress, Cancellation cancel) throws IOException {
        long t0 = System.nanoTime();
        LabelledFeatures set;
        try (TorchScriptBackbone net = TorchScriptBackbone.open(model, new Introspection(TAP, Pooling.AVG, SIZE));
                FeatureCache cache = FeatureCache.open(Backbones.userCacheDir().resolve("features"), net.fingerprint(),
                        net.featureDim())) {
            set = FeatureSets.load(folder, 0, 1, net, cache, progress, cancel).set();
        }
        double embedSeconds = (System.nanoTime() - t0) / 1e9;
        FloatMatrix features = set.features();
        Path cached = Backbones.userCacheDir().resolve("bench").resolve("pca" + DIM + "-" + digest(features) + ".npy");
        long t1 = System.nanoTime();
        boolean hit = Files.isRegularFile(cached);
        FloatMatrix x;
        if (hit) {
            x = Npy.read(cached);
        } else {
            x = Pca.reduce(features, DIM);
            Files.createDirectories(cached.getParent());
            Npy.write(cached, x);
        }
        return new Input(x, set.labels(), features.cols(), embedSeconds, (System.nanoTime() - t1) / 1e9, hit);
    }

    private static String digest(FloatMatrix m) {
        ByteBuffer b = ByteBuffer.allocate(8 + 4 * m.data().length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(m.rows()).putInt(m.cols()).asFloatBuffer().put(m.data());
        return Sha256.hex(Sha256.of(b.array()), 12);
    }
}
