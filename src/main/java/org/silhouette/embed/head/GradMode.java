package org.silhouette.embed.head;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

import java.util.function.Supplier;

/**
 * PyTorch's autograd switch, which is per thread and ON by default in every new thread. Inference and
 * in-place optimiser updates must run with it off: otherwise background threads record graphs they
 * never use, and in-place updates of leaf weights fail.
 */
public final class GradMode {
    private GradMode() {
    }

    /** Runs {@code body} with autograd set to {@code enabled}, restoring the previous state afterwards. */
    public static <T> T with(boolean enabled, Supplier<T> body) {
        return EngineSetting.with(JniUtils::isGradMode, JniUtils::setGradMode, enabled, body);
    }

    public static void run(boolean enabled, Runnable body) {
        with(enabled, () -> {
            body.run();
            return null;
        });
    }

    /**
     * Zeroes a weight's accumulated gradient in place. PyTorch's zero_() is used because subtracting a
     * gradient from itself leaves NaN where the gradient was NaN.
     */
    public static void zeroGradient(NDArray weight) {
        if (weight instanceof PtNDArray pt) {
            JniUtils.zeroGrad(pt);
        } else if (weight.hasGradient()) {
            try (NDArray g = weight.getGradient()) {
                g.muli(0);
            }
        }
    }
}
