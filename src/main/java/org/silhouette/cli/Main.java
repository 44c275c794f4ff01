package org.silhouette.cli;

import org.silhouette.core.CancelledException;
import org.silhouette.core.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Entry point for {@code java -jar silhouette.jar <command>}. Every failure ends in one line on stderr. */
@Command(name = "silhouette", mixinStandardHelpOptions = true, version = "Silhouette 0.1.0",
        description = "Turn a folder of unlabelled images into a labelled dataset on a learned 2-D map.")
public final class Main implements Runnable {

    static {
        Offline.enforceDefaults();
        org.silhouette.embed.backbone.Devices.configureEngineThreads();
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; used by tests too. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (Object command : commands()) {
            cl.addSubcommand(command);
        }
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + describe(ex));
            err.flush();
            if (Boolean.getBoolean("silhouette.debug")) {
                ex.printStackTrace(err);
            }
            return ex instanceof CancelledException ? 130 : 1;
        });
        return cl;
    }

    /** The subcommands in the order help lists them; the harness's (bench, stress) after the pipeline's. */
    private static List<Object> commands() {
        List<Object> commands = new ArrayList<>(List.of(new GuiCommand(), new EmbedCommand(), new LossCommand(),
                new TrainBackboneCommand(), new TrainCommand(), new ProjectCommand()));
        ServiceLoader.load(HarnessCommand.class).forEach(commands::add);
        commands.addAll(List.of(new MetricsCommand(), new ExperimentCommand(), new SimulateCommand(),
                new ImportIdxCommand()));
        return commands;
    }

    /** A one-line description of a failure, phrased for the user rather than the developer. */
    static String describe(Throwable ex) {
        Throwable t = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        if (t instanceof UserError) {
            return t.getMessage();
        }
        if (t instanceof NoSuchFileException e) {
            return "no such file or folder: " + e.getFile();
        }
        if (t instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile();
        }
        if (t instanceof CancelledException) {
            return "cancelled";
        }
        if (t instanceof IOException) {
            return "I/O error: " + t.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory; raise -Xmx or use a smaller --size/--batch";
        }
        String msg = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return "unexpected " + t.getClass().getSimpleName() + msg + " (rerun with -Dsilhouette.debug=true for details)";
    }
}
