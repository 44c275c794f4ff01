package org.silhouette.harness;

import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;

/** The {@code --only} of the harness commands, which run some of their parts ({@code bench}, {@code stress}). */
public final class PartsFlag {

    @Option(names = "--only", split = ",", paramLabel = "PART",
            description = "Run only these parts (default: all); an unknown name is refused with the list of parts.")
    List<String> only;

    /** The parts to run, in the order given, or all of them; refuses an unknown name, listing {@code all}. */
    public Set<String> chosen(List<String> all, String command) {
        return GeneratedSection.parts(only, all, command);
    }

    /** The flag as the report's command line repeats it: empty when not given. */
    public String echo() {
        return only == null ? "" : " --only " + String.join(",", only);
    }
}
