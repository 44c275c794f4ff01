package org.silhouette.harness;

import org.silhouette.core.AtomicFiles;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code bench} and {@code stress} share: picking the parts to run, and writing their figures into
 * a Markdown document between markers, leaving the hand-written rest of the document alone.
 */
public final class GeneratedSection {
    public static final String BEGIN = "<!-- generated:begin -->";
    public static final String END = "<!-- generated:end -->";

    private GeneratedSection() {
    }

    /** The parts named by {@code --only}, in the order given, or all of them. */
    public static Set<String> parts(List<String> only, List<String> all, String command) {
        if (only == null || only.isEmpty()) {
            return new LinkedHashSet<>(all);
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String p : only) {
            String name = p.strip().toLowerCase(Locale.ROOT);
            if (!all.contains(name)) {
                throw new UserError("Unknown " + command + " part '" + p + "'; choose from " + String.join(", ", all) + ".");
            }
            chosen.add(name);
        }
        return chosen;
    }

    /** Writes {@code section} into {@code out} ('-' writes nothing); returns whether a file was written. */
    public static boolean write(String out, String section) throws IOException {
        if (out.equals("-")) {
            return false;
        }
        Path file = Path.of(out);
        AtomicFiles.writeString(file, splice(Files.exists(file) ? Files.readString(file) : "", section));
        return true;
    }

    /** Replaces the generated section of an existing document, or appends one. */
    public static String splice(String document, String section) {
        String block = BEGIN + "\n" + section + END + "\n";
        int b = document.indexOf(BEGIN);
        int e = document.indexOf(END);
        if (b >= 0 && e > b) {
            return document.substring(0, b) + block + document.substring(e + END.length()).replaceFirst("^\n", "");
        }
        String gap = document.isEmpty() || document.endsWith("\n\n") ? "" : document.endsWith("\n") ? "\n" : "\n\n";
        return document + gap + block;
    }
}
