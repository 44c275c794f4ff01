package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.core.CancelledException;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each failure the window reports reads as one sentence, whatever wraps it. */
class FailuresTest {

    @Test
    void aUserErrorSaysItsOwnMessageThroughItsWrappers() {
        UserError e = new UserError("The folder has no images.");
        assertEquals("The folder has no images.", Failures.describe(e));
        assertEquals("The folder has no images.", Failures.describe(new CompletionException(new ExecutionException(e))));
    }

    @Test
    void filesSayWhichFileAndWhy() {
        assertEquals("No such file or folder: a.png", Failures.describe(new NoSuchFileException("a.png")));
        assertEquals("Permission denied: b.png",
                Failures.describe(new UncheckedIOException(new AccessDeniedException("b.png"))));
        assertEquals("Could not read or write a file: disk full", Failures.describe(new IOException("disk full")));
    }

    @Test
    void cancellingMemoryAndTheUnexpectedEachHaveOneLine() {
        assertEquals("Cancelled.", Failures.describe(new CancelledException()));
        assertEquals("Out of memory; start Silhouette with a larger -Xmx.", Failures.describe(new OutOfMemoryError()));
        assertEquals("Unexpected IllegalStateException: first line",
                Failures.describe(new IllegalStateException("first line\nsecond line")));
        assertEquals("Unexpected NullPointerException",
                Failures.describe(new CompletionException(new NullPointerException())));
    }
}
