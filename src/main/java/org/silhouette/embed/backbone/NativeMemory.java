package org.silhouette.embed.backbone;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Tells glibc's malloc to keep the large blocks a forward pass frees, once per process, before the first
 * backbone runs. By default glibc maps every block over its dynamic threshold straight from the kernel and
 * unmaps it when freed, so each batch's large activations were faulted in afresh: the backbone spent as much
 * time in the kernel as in its own code, and ran at about half PyTorch's speed from Python at 128 and 224 px
 * (docs/BENCHMARKS.md). Raising the mmap threshold to glibc's maximum and the trim threshold keeps that memory
 * for the next batch. Elsewhere (no glibc, or native access refused) it does nothing.
 */
final class NativeMemory {
    /** {@code mallopt} parameters from glibc's malloc.h. */
    private static final int M_TRIM_THRESHOLD = -1;
    private static final int M_TOP_PAD = -2;
    private static final int M_MMAP_THRESHOLD = -3;
    /** glibc's largest mmap threshold on 64-bit: 4 MiB × sizeof(long). */
    static final int MMAP_THRESHOLD = 32 << 20;
    static final int TRIM_THRESHOLD = 1 << 30;
    static final int TOP_PAD = 64 << 20;

    private static boolean tried;
    private static boolean applied;

    private NativeMemory() {
    }

    /** @return whether glibc took the settings (now or on an earlier call) */
    static synchronized boolean keepLargeBlocks() {
        if (!tried) {
            tried = true;
            applied = apply();
        }
        return applied;
    }

    private static boolean apply() {
        try {
            Linker linker = Linker.nativeLinker();
            Optional<MemorySegment> mallopt = linker.defaultLookup().find("mallopt");
            if (mallopt.isEmpty()) {
                return false;
            }
            MethodHandle call = linker.downcallHandle(mallopt.get(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            int mmap = (int) call.invokeExact(M_MMAP_THRESHOLD, MMAP_THRESHOLD);
            int trim = (int) call.invokeExact(M_TRIM_THRESHOLD, TRIM_THRESHOLD);
            int pad = (int) call.invokeExact(M_TOP_PAD, TOP_PAD);
            return mmap == 1 && trim == 1 && pad == 1;
        } catch (Throwable e) { // no glibc, native access refused, or a libc without mallopt: leave malloc alone
            return false;
        }
    }
}
