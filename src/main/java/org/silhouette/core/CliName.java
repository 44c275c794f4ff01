package org.silhouette.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose constants the command line names: the name is the constant's in lower case with hyphens
 * (SILHOUETTE_MEAN is "silhouette-mean"), so the names cannot drift from the constants.
 */
public interface CliName {

    /** The constant's name; every enum has it. */
    String name();

    default String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant named {@code text}, ignoring case and surrounding spaces. */
    static <E extends Enum<E> & CliName> Optional<E> find(E[] values, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(v -> v.cliName().equals(wanted)).findFirst();
    }

    /** "a, b, c": the names to offer after a wrong one. */
    static String choices(CliName[] values) {
        return Arrays.stream(values).map(CliName::cliName).collect(Collectors.joining(", "));
    }

    /** {@link #find}, or a user error naming {@code what} was not understood and what is. */
    static <E extends Enum<E> & CliName> E parse(E[] values, String text, String what) {
        return find(values, text).orElseThrow(() -> new UserError("Unknown " + what + " '" + text + "'; choose one of "
                + choices(values) + "."));
    }
}
