package org.silhouette.embed.head;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A head with its input standardisation: maps backbone features [N, D] to embeddings [N, d]. It owns an
 * NDManager holding its weights; close it when done. Embedding runs batch by batch in sub-managers, so
 * nothing but the weights outlives a call.
 */
public final class EmbeddingModel implements AutoCloseable {
    private static final int EMBED_BATCH = 2048;

    private final HeadSpec spec;
    private final Standardizer standardizer;
    private final NDManager manager;
    private final SequentialBlock block;
    private volatile ModelInfo info;

    private EmbeddingModel(HeadSpec spec, Standardizer standardizer, NDManager manager, SequentialBlock block,
            ModelInfo info) {
        this.spec = spec;
        this.standardizer = standardizer;
        this.manager = manager;
        this.block = block;
        this.info = info;
    }

    /** A fresh head with seeded He-uniform weights and zero biases. */
    public static EmbeddingModel create(HeadSpec spec, Standardizer standardizer, long seed) {
        if (standardizer.dim() != spec.inputDim()) {
            throw new IllegalArgumentException("standardiser has " + standardizer.dim() + " features, head expects "
                    + spec.inputDim());
        }
        NDManager manager = NDManager.newBaseManager();
        try {
            SequentialBlock block = buildBlock(spec);
            block.setInitializer(new SeededInitializer(seed), Parameter.Type.WEIGHT);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, spec.inputDim()));
            return new EmbeddingModel(spec, standardizer, manager, block, ModelInfo.NONE);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    private static SequentialBlock buildBlock(HeadSpec spec) {
        SequentialBlock block = new SequentialBlock();
        for (int width : spec.hidden()) {
            block.add(Linear.builder().setUnits(width).build());
            block.add(Activation.reluBlock());
        }
        block.add(Linear.builder().setUnits(spec.outputDim()).build());
        return block;
    }

    private static EmbeddingModel fromBytes(HeadSpec spec, Standardizer standardizer, ModelInfo info, byte[] params)
            throws IOException, MalformedModelException {
        NDManager manager = NDManager.newBaseManager();
        try {
            SequentialBlock block = buildBlock(spec);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, spec.inputDim()));
            try (NDManager scratch = manager.newSubManager()) {
                // Loading replaces the initial arrays; park those in a scope that is closed right away.
                for (var p : block.getParameters()) {
                    p.getValue().getArray().attach(scratch);
                }
                block.loadParameters(manager, new DataInputStream(new ByteArrayInputStream(params)));
            }
            for (var p : block.getParameters()) {
                // Loaded arrays come without autograd; a copy must stay trainable (warm starts).
                if (p.getValue().requiresGradient()) {
                    p.getValue().getArray().setRequiresGradient(true);
                }
            }
            return new EmbeddingModel(spec, standardizer, manager, block, info);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public HeadSpec spec() {
        return spec;
    }

    public Standardizer standardizer() {
        return standardizer;
    }

    public int inputDim() {
        return spec.inputDim();
    }

    public int dim() {
        return spec.outputDim();
    }

    public ModelInfo info() {
        return info;
    }

    public void setInfo(ModelInfo info) {
        this.info = info == null ? ModelInfo.NONE : info;
    }

    /** The manager that holds the weights; trainers keep optimiser state here. */
    public NDManager manager() {
        return manager;
    }

    /** The trainable parameters, in a stable order. */
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (var p : block.getParameters()) {
            out.add(p.getValue());
        }
        return out;
    }

    /** Runs the head on an already standardised batch [B, D]; for trainers. */
    public NDArray forward(ParameterStore store, NDArray standardized, boolean training) {
        return block.forward(store, new NDList(standardized), training).singletonOrThrow();
    }

    /** Embeds every row of {@code features}; rows are standardised with the stored mean and scale. */
    public FloatMatrix embed(FloatMatrix features) {
        if (features.cols() != spec.inputDim()) {
            throw new UserError("The model expects " + spec.inputDim() + " features per row, but the input has "
                    + features.cols() + ".");
        }
        int n = features.rows();
        int d = spec.outputDim();
        float[] out = new float[Math.multiplyExact(n, d)];
        ParameterStore store = new ParameterStore(manager, false);
        GradMode.run(false, () -> {
            for (int from = 0; from < n; from += EMBED_BATCH) {
                int to = Math.min(n, from + EMBED_BATCH);
                try (NDManager scope = manager.newSubManager()) {
                    NDArray x = scope.create(standardizer.applyRange(features, from, to), new Shape(to - from, spec.inputDim()));
                    float[] y = forward(store, x, false).toFloatArray();
                    System.arraycopy(y, 0, out, from * d, y.length);
                }
            }
        });
        return new FloatMatrix(n, d, out);
    }

    /** True when no weight is NaN or infinite. */
    public boolean weightsFinite() {
        for (Parameter p : parameters()) {
            for (float v : p.getArray().toFloatArray()) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The weights as DJL's parameter stream. */
    public byte[] parameterBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An independent copy with its own manager: train it without disturbing this one. */
    public EmbeddingModel copy() {
        try {
            return fromBytes(spec, standardizer, info, parameterBytes());
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException("could not copy a head through its own parameter stream", e);
        }
    }

    /** Saves into {@code dir} (config.json + one parameter file); a crash mid-save leaves the old model. */
    public void save(Path dir) throws IOException {
        save(dir, ModelFiles.Hook.NONE);
    }

    void save(Path dir, ModelFiles.Hook hook) throws IOException {
        ModelConfig config = new ModelConfig(ModelConfig.FORMAT, ModelConfig.VERSION, spec.inputDim(), spec.hidden(),
                spec.outputDim(), standardizer.mean(), standardizer.scale(), info.loss(), info.classes(), null, 0, null);
        ModelFiles.save(dir, config, parameterBytes(), hook);
    }

    public static EmbeddingModel load(Path dir) throws IOException {
        ModelFiles.Loaded loaded = ModelFiles.load(dir);
        ModelConfig c = loaded.config();
        HeadSpec spec;
        Standardizer standardizer;
        try {
            spec = new HeadSpec(c.inputDim(), c.hidden() == null ? List.of() : c.hidden(), c.outputDim());
            if (c.mean() == null || c.scale() == null) {
                throw new IllegalArgumentException("standardisation is missing");
            }
            standardizer = new Standardizer(c.mean(), c.scale());
            if (standardizer.dim() != spec.inputDim()) {
                throw new IllegalArgumentException("standardisation has " + standardizer.dim() + " features, head expects "
                        + spec.inputDim());
            }
        } catch (IllegalArgumentException e) {
            throw new UserError("The model config in " + dir + " is invalid: " + e.getMessage() + ".", e);
        }
        try {
            return fromBytes(spec, standardizer, new ModelInfo(c.loss(), c.classes()), loaded.params());
        } catch (MalformedModelException | IOException | RuntimeException e) {
            throw new UserError("The weights in " + dir + " do not fit the head its config describes.", e);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
