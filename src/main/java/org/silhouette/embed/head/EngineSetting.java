package org.silhouette.embed.head;

import ai.djl.engine.Engine;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** One of PyTorch's per-thread settings, changed for a piece of work and restored afterwards. */
final class EngineSetting {
    private EngineSetting() {
    }

    /** Runs {@code body} with the setting at {@code value}; on an engine other than PyTorch, as it is. */
    static <S, T> T with(Supplier<S> read, Consumer<S> write, S value, Supplier<T> body) {
        if (!"PyTorch".equals(Engine.getInstance().getEngineName())) {
            return body.get();
        }
        S before = read.get();
        write.accept(value);
        try {
            return body.get();
        } finally {
            write.accept(before);
        }
    }
}
