package org.silhouette.session;

import org.silhouette.core.CancelledException;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** A failure as one sentence a user can act on, for dialogs and the status line; never a stack trace. */
public final class Failures {

    private Failures() {
    }

    /** The sentence for {@code t}, looking through the wrappers that only carry a cause. */
    public static String describe(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException
                || e instanceof UncheckedIOException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof UserError) {
            return e.getMessage();
        }
        if (e instanceof CancelledException) {
            return "Cancelled.";
        }
        if (e instanceof NoSuchFileException n) {
            return "No such file or folder: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "Permission denied: " + a.getFile();
        }
        if (e instanceof IOException) {
            return "Could not read or write a file: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "Out of memory; start Silhouette with a larger -Xmx.";
        }
        String msg = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return "Unexpected " + e.getClass().getSimpleName() + msg;
    }
}
