package org.silhouette.embed.head;

import ai.djl.pytorch.jni.JniUtils;

import java.util.function.Supplier;

/**
 * PyTorch's intra-op thread count for the calling thread. Small head batches gain nothing from a
 * parallel kernel, and on a busy 2-core machine every OpenMP barrier waits for a descheduled thread: a
 * head training step took about 40 ms with two threads and 4 ms with one (measured while other jobs ran).
 */
public final class IntraOpThreads {
    private IntraOpThreads() {
    }

    public static <T> T with(int threads, Supplier<T> body) {
        return EngineSetting.with(JniUtils::getNumThreads, JniUtils::setNumThreads, threads, body);
    }
}
