package org.silhouette.embed.backbone;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.silhouette.core.AtomicFiles;
import org.silhouette.core.Sha256;
import org.silhouette.core.UserError;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small VGG-style CNN built from DJL blocks, trainable from scratch (e.g. on CIFAR-10) and shipped as
 * Silhouette's offline default backbone. Each stage is two 3×3 conv + batch-norm + ReLU; all stages but
 * the last end in 2×2 max pooling. The stage outputs are the taps; the last one average-pooled is the
 * usual feature. Saved as a folder: {@value #CONFIG_FILE} (architecture) and {@value #PARAMS_FILE}
 * (weights in DJL's parameter format).
 */
public final class SmallCnn {
    public static final String CONFIG_FILE = "small-cnn.json";
    public static final String PARAMS_FILE = "small-cnn.params";
    public static final String FORMAT = "silhouette-small-cnn";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param format always {@value #FORMAT}, so a stray JSON file is not mistaken for a model
     * @param version of this file layout
     * @param widths filters per stage, e.g. [32, 64, 128, 256]
     * @param trainedSize input size the weights were trained at (the default --size for this backbone)
     * @param note free text: what it was trained on, and how
     */
    public record Config(String format, int version, List<Integer> widths, int trainedSize, String note) {
        public Config {
            if (widths == null || widths.isEmpty() || widths.stream().anyMatch(w -> w == null || w < 1)) {
                throw new IllegalArgumentException("widths must be a non-empty list of positive filter counts");
            }
            if (trainedSize < Introspection.MIN_SIZE) {
                throw new IllegalArgumentException("trainedSize must be at least " + Introspection.MIN_SIZE);
            }
            widths = List.copyOf(widths);
            format = FORMAT;
            version = 1;
            note = note == null ? "" : note;
        }

        public static Config of(List<Integer> widths, int trainedSize, String note) {
            return new Config(FORMAT, 1, widths, trainedSize, note);
        }

        /** 32-64-128-256 at 32 px: about 1.2 M parameters, sized for CIFAR-10 on a CPU. */
        public static Config cifar() {
            return of(List.of(32, 64, 128, 256), 32, "");
        }

        /** Poolings halve the size once per stage but the last, so the input must survive them. */
        int minInputSize() {
            return Math.max(Introspection.MIN_SIZE, 1 << (widths.size() - 1));
        }
    }

    private SmallCnn() {
    }

    /** The feature extractor: a sequence of stages, each a {@link SequentialBlock}. Not yet initialised. */
    public static SequentialBlock newFeatures(Config config) {
        SequentialBlock features = new SequentialBlock();
        List<Integer> widths = config.widths();
        for (int i = 0; i < widths.size(); i++) {
            SequentialBlock stage = new SequentialBlock();
            for (int k = 0; k < 2; k++) {
                stage.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                        .setFilters(widths.get(i)).optBias(false).build());
                stage.add(BatchNorm.builder().build());
                stage.add(Activation.reluBlock());
            }
            if (i < widths.size() - 1) {
                stage.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
            }
            features.add(stage);
        }
        return features;
    }

    /** The features followed by global average pooling and a linear classifier: what one trains from scratch. */
    public static SequentialBlock newClassifier(SequentialBlock features, int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
        }
        return new SequentialBlock()
                .add(features)
                .add(Pool.globalAvgPool2dBlock())
                .add(Linear.builder().setUnits(classes).build());
    }

    /** Initialises a block's parameters from a seed, for an input of the given size. */
    public static void initialize(Block block, NDManager manager, int size, int seed) {
        Devices.configureEngineThreads();
        Engine.getEngine("PyTorch").setRandomSeed(seed);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 3, size, size));
    }

    /** Writes the folder: config JSON and the feature block's parameters, each atomically. */
    public static void save(Path dir, SequentialBlock features, Config config) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(PARAMS_FILE), out -> {
            DataOutputStream data = new DataOutputStream(out);
            features.saveParameters(data);
            data.flush();
        });
        AtomicFiles.writeBytes(dir.resolve(CONFIG_FILE), JSON.writeValueAsBytes(config));
    }

    /** True when the folder looks like a saved small CNN. */
    public static boolean isModelDir(Path dir) {
        return Files.isRegularFile(dir.resolve(CONFIG_FILE)) && Files.isRegularFile(dir.resolve(PARAMS_FILE));
    }

    public static Config readConfig(Path dir) throws IOException {
        Path file = dir.resolve(CONFIG_FILE);
        Config c;
        try {
            c = JSON.readValue(file.toFile(), Config.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UserError(file + " is not a small-CNN config (" + TorchScriptBackbone.firstLine(e.getMessage()) + ").", e);
        }
        return c;
    }

    /** Loads the saved parameters into a freshly built, initialised feature block. */
    static SequentialBlock load(Path dir, Config config, NDManager manager) throws IOException {
        SequentialBlock features = newFeatures(config);
        initialize(features, manager, config.trainedSize(), 0);
        Map<String, Shape> expected = new LinkedHashMap<>();
        features.getParameters().forEach(p -> expected.put(p.getKey(), p.getValue().getArray().getShape()));
        Path params = dir.resolve(PARAMS_FILE);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(params));
                DataInputStream data = new DataInputStream(in)) {
            features.loadParameters(manager, data);
        } catch (MalformedModelException | IllegalArgumentException | IllegalStateException e) {
            throw new UserError(params + " does not match " + CONFIG_FILE + " (" + TorchScriptBackbone.firstLine(e.getMessage()) + ").", e);
        } catch (java.io.EOFException e) {
            throw new UserError(params + " is truncated.", e);
        }
        // DJL takes whatever shapes the file holds; insist they are the ones the config describes
        features.getParameters().forEach(p -> {
            Shape got = p.getValue().getArray().getShape();
            if (!got.equals(expected.get(p.getKey()))) {
                throw new UserError(params + " does not match " + CONFIG_FILE + ": parameter " + p.getKey() + " has shape "
                        + got + ", the config implies " + expected.get(p.getKey()) + ".");
            }
        });
        return features;
    }

    /** A saved small CNN's feature block, ready to train further (fine-tuning), with its config. */
    public record Trainable(Config config, SequentialBlock features) {

        /**
         * Freezes all but the last {@code lastStages} stages. Frozen stages keep their weights; their
         * batch-norm statistics still follow the new data, which is what fine-tuning on a new domain wants.
         */
        public void trainLastStages(int lastStages) {
            int n = features.getChildren().size();
            if (lastStages < 1 || lastStages > n) {
                throw new UserError("The stages to train must be between 1 and " + n + " (the stages of this CNN), got "
                        + lastStages + ".");
            }
            trainOnlyLastStages(features, lastStages);
        }
    }

    /**
     * Freezes every stage but the last {@code lastStages} (0 freezes all) and returns how many parameter
     * arrays remain trainable. Batch-norm running statistics are never trainable: PyTorch refuses
     * gradients for them.
     */
    static int trainOnlyLastStages(SequentialBlock features, int lastStages) {
        List<Block> stages = features.getChildren().values();
        int n = stages.size();
        if (lastStages < 0 || lastStages > n) {
            throw new IllegalArgumentException("lastStages must be between 0 and " + n + ", got " + lastStages);
        }
        int trainable = 0;
        for (int i = 0; i < n; i++) {
            Block stage = stages.get(i);
            stage.freezeParameters(true);
            if (i >= n - lastStages) {
                stage.freezeParameters(false, SmallCnn::isLearnable);
                trainable += (int) stage.getParameters().values().stream().filter(SmallCnn::isLearnable).count();
            }
        }
        return trainable;
    }

    private static boolean isLearnable(Parameter p) {
        return p.getType() != Parameter.Type.RUNNING_MEAN && p.getType() != Parameter.Type.RUNNING_VAR;
    }

    /** Loads a saved small CNN's feature block into {@code manager} for further training. */
    public static Trainable loadTrainable(Path dir, NDManager manager) throws IOException {
        if (!isModelDir(dir)) {
            throw new UserError(dir + " is not a small-CNN folder (it needs " + CONFIG_FILE + " and " + PARAMS_FILE + ").");
        }
        Config config = readConfig(dir);
        return new Trainable(config, load(dir, config, manager));
    }

    /** Opens a saved small CNN as a backbone on the preferred device. */
    public static SmallCnnBackbone open(Path dir, Introspection intro) throws IOException {
        return open(dir, intro, Devices.preferred());
    }

    public static SmallCnnBackbone open(Path dir, Introspection intro, Device device) throws IOException {
        if (!isModelDir(dir)) {
            throw new UserError(dir + " is not a small-CNN folder (it needs " + CONFIG_FILE + " and " + PARAMS_FILE + ").");
        }
        Config config = readConfig(dir);
        if (intro.size() < config.minInputSize()) {
            throw new UserError("This small CNN needs an input size of at least " + config.minInputSize() + " pixels.");
        }
        Model model = Model.newInstance("small-cnn", device, "PyTorch");
        try {
            SequentialBlock features = load(dir, config, model.getNDManager());
            model.setBlock(features);
            String hash = Sha256.hex(Sha256.of(dir.resolve(PARAMS_FILE)));
            return new SmallCnnBackbone(model, features, config, intro, hash, dir);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
