package org.silhouette.embed.backbone;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.core.Shuffle;
import org.silhouette.core.UserError;
import org.silhouette.embed.head.GradMode;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SmallCnn} from scratch as an image classifier (softmax cross-entropy, Adam), with
 * optional horizontal flips. Our own loop: one forward per batch, gradients zeroed by hand after each
 * step (DJL's collector does not clear parameter gradients). Afterwards save the feature block with
 * {@link SmallCnn#save}; the linear classifier is thrown away.
 */
public final class SmallCnnTraining {

    public record Options(int epochs, int batchSize, float learningRate, int seed, boolean flips) {
        public Options {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be at least 1");
            }
            if (batchSize < 2) {
                throw new IllegalArgumentException("batchSize must be at least 2 (batch-norm needs a batch)");
            }
            if (!(learningRate > 0) || !Float.isFinite(learningRate)) {
                throw new IllegalArgumentException("learningRate must be positive");
            }
        }
    }

    /**
     * Mean training loss and accuracy per epoch.
     *
     * @param skipped batches whose loss or gradients were not finite, so no step was taken
     */
    public record Result(double[] loss, double[] accuracy, int skipped) {
    }

    private SmallCnnTraining() {
    }

    /**
     * @param classifier from {@link SmallCnn#newClassifier}, initialised (see {@link SmallCnn#initialize})
     * @param manager owns the parameters and the optimiser state
     */
    public static Result fit(SequentialBlock classifier, NDManager manager, List<BufferedImage> images, int[] labels,
            int size, Options options, Progress progress, Cancellation cancel) {
        if (images.size() != labels.length) {
            throw new UserError(images.size() + " images but " + labels.length + " labels.");
        }
        if (images.size() < options.batchSize()) {
            throw new UserError("Need at least one full batch (" + options.batchSize() + " images), got " + images.size() + ".");
        }
        Devices.configureEngineThreads();
        Engine.getEngine("PyTorch").setRandomSeed(options.seed());
        Random random = new Random(options.seed());
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(options.learningRate())).build();
        Loss loss = Loss.softmaxCrossEntropyLoss();
        int batches = images.size() / options.batchSize();
        double[] lossPerEpoch = new double[options.epochs()];
        double[] accPerEpoch = new double[options.epochs()];
        int[] order = new int[images.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int skipped = 0;
        clearGradients(classifier);
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            Shuffle.inPlace(order, random);
            double lossSum = 0;
            long correct = 0;
            for (int b = 0; b < batches; b++) {
                cancel.check();
                List<BufferedImage> batch = new ArrayList<>(options.batchSize());
                float[] y = new float[options.batchSize()];
                for (int k = 0; k < options.batchSize(); k++) {
                    int i = order[b * options.batchSize() + k];
                    BufferedImage img = images.get(i);
                    batch.add(options.flips() && random.nextBoolean() ? mirror(img) : img);
                    y[k] = labels[i];
                }
                float[] x = ImageTensors.toNchw(batch, size, ImageTensors.IMAGENET_MEAN, ImageTensors.IMAGENET_STD);
                try (NDManager scope = manager.newSubManager()) {
                    NDArray input = scope.create(FloatBuffer.wrap(x), new Shape(batch.size(), 3, size, size));
                    NDArray target = scope.create(y);
                    NDArray value = null;
                    NDArray logits = null;
                    boolean stepped = false;
                    // a finite loss can come with NaN gradients from the native backward: the first convolution's
                    // weight gradient, all of it, in about one batch in ten on this CPU, differently from call to call.
                    // One such step would poison every weight, so the batch is run again, and skipped if it stays so
                    for (int attempt = 0; attempt < ATTEMPTS && !stepped; attempt++) {
                        clearGradients(classifier);
                        try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
                            logits = classifier.forward(new ParameterStore(scope, false), new NDList(input), true)
                                    .singletonOrThrow();
                            value = loss.evaluate(new NDList(target), new NDList(logits));
                            gc.backward(value);
                        }
                        if (Float.isFinite(value.getFloat()) && gradientsFinite(classifier)) {
                            step(classifier, adam);
                            stepped = true;
                        }
                    }
                    skipped += stepped ? 0 : 1;
                    clearGradients(classifier);
                    float lv = value.getFloat();
                    lossSum += lv;
                    correct += logits.argMax(1).toType(ai.djl.ndarray.types.DataType.FLOAT32, false)
                            .eq(target).sum().getLong();
                }
                progress.update("Training small CNN", (long) epoch * batches + b + 1, (long) options.epochs() * batches);
            }
            lossPerEpoch[epoch] = lossSum / batches;
            accPerEpoch[epoch] = correct / (double) (batches * options.batchSize());
        }
        if (skipped == (long) options.epochs() * batches) {
            throw new UserError("Training failed: every batch gave a loss or gradient that is not a number; "
                    + "nothing was learnt. Try a lower learning rate.");
        }
        return new Result(lossPerEpoch, accPerEpoch, skipped);
    }

    /** Runs of one batch's forward and backward before it is skipped as not finite. */
    static final int ATTEMPTS = 3;

    private static void step(SequentialBlock block, Optimizer optimizer) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            Parameter param = p.getValue();
            if (param.requiresGradient()) {
                NDArray w = param.getArray();
                try (NDArray g = w.getGradient()) {
                    optimizer.update(param.getId(), w, g);
                }
            }
        }
    }

    /** Zeroes every gradient with PyTorch's zero_(): subtracting a gradient from itself would keep its NaNs. */
    private static void clearGradients(SequentialBlock block) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            Parameter param = p.getValue();
            if (param.requiresGradient()) {
                GradMode.zeroGradient(param.getArray());
            }
        }
    }

    private static boolean gradientsFinite(SequentialBlock block) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            Parameter param = p.getValue();
            if (param.requiresGradient()) {
                try (NDArray g = param.getArray().getGradient(); NDArray bad = g.isNaN().logicalOr(g.isInfinite())) {
                    if (bad.any().getBoolean()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static BufferedImage mirror(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int yy = 0; yy < h; yy++) {
            for (int xx = 0; xx < w; xx++) {
                out.setRGB(w - 1 - xx, yy, img.getRGB(xx, yy));
            }
        }
        return out;
    }
}
