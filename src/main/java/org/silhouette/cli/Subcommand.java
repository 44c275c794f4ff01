package org.silhouette.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every subcommand shares: the spec picocli parsed it into, its two streams, and flushing both once the
 * command ends, however it ends, so no command can leave its last line in a buffer.
 */
public abstract class Subcommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    /** The command's work; returns its exit code. */
    protected abstract int run() throws Exception;

    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } finally {
            err().flush();
            out().flush();
        }
    }

    /** Where progress, warnings and the closing summary go (stderr unless a test redirects it). */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Where a command's result goes (stdout unless a test redirects it). */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints {@code value} as one line of JSON on {@link #out}: the result of the commands that compute one. */
    protected final void printJson(Object value) throws JsonProcessingException {
        out().println(new ObjectMapper().writeValueAsString(value));
    }
}
