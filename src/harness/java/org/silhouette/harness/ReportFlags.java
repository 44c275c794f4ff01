package org.silhouette.harness;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;

/** The {@code --out} of the harness commands, and the one way they hand their Markdown section out. */
public final class ReportFlags {

    @Option(names = "--out", paramLabel = "FILE",
            description = "Markdown file whose generated section is replaced (default: ${DEFAULT-VALUE}); '-' prints only.")
    String out;

    /** @param defaultOut the document the command's section goes into when --out is not given */
    public ReportFlags(String defaultOut) {
        out = defaultOut;
    }

    /** Prints {@code section} and writes it into the --out document, saying so on the command's error stream. */
    public void publish(CommandSpec spec, String section) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(section);
        stdout.flush();
        if (GeneratedSection.write(out, section)) {
            spec.commandLine().getErr().println("Wrote " + out + ".");
        }
    }
}
