package org.silhouette.project;

import org.silhouette.core.UserError;

/**
 * What a label name may be inside the store: any text a person can type, stripped, non-empty, at most
 * {@value #MAX_LENGTH} characters, no control characters, and no invisible formatting characters
 * (bidirectional overrides and marks, zero-width spaces, soft hyphens): they can make two different names
 * look the same or make a name read backwards. A zero-width joiner is kept between two symbols (emoji
 * sequences) and a non-joiner between two letters outside Latin script (Persian, Indic), where they
 * change what is shown. Names that are awkward as folder names
 * ({@code ..}, {@code a/b}, {@code CON}) are allowed here; {@link SafeNames} makes them safe on export.
 */
public final class LabelNames {
    public static final int MAX_LENGTH = 200;

    private LabelNames() {
    }

    /** The name as the store will keep it, or a {@link UserError} saying why it cannot be one. */
    public static String validate(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new UserError("A label name cannot be empty.");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new UserError("A label name can have at most " + MAX_LENGTH + " characters.");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new UserError("A label name cannot contain control characters or line breaks.");
            }
            if (Character.getType(c) == Character.FORMAT && !visibleJoiner(name, i)) {
                throw new UserError(String.format("A label name cannot contain invisible formatting characters"
                        + " (U+%04X %s); they can make two names look alike or reverse how a name reads.",
                        (int) c, Character.getName(c)));
            }
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                if (Character.getType(name.codePointAt(i)) == Character.FORMAT) {
                    throw new UserError(String.format("A label name cannot contain invisible formatting characters"
                            + " (U+%04X).", name.codePointAt(i)));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new UserError("A label name cannot contain a broken (unpaired surrogate) character.");
            }
        }
        return name;
    }

    /** A joiner that changes how its neighbours are drawn, rather than hiding in plain text. */
    private static boolean visibleJoiner(String name, int i) {
        char c = name.charAt(i);
        if (i == 0 || i + 1 >= name.length() || (c != '\u200D' && c != '\u200C')) {
            return false;
        }
        int before = name.codePointBefore(i);
        int after = name.codePointAt(i + 1);
        if (c == '\u200D') {
            return isSymbol(before) && isSymbol(after);
        }
        return Character.isLetter(before) && Character.isLetter(after) && !isLatin(before) && !isLatin(after);
    }

    private static boolean isSymbol(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL || cp == 0xFE0F
                || (cp >= 0x1F3FB && cp <= 0x1F3FF); // emoji skin tones
    }

    private static boolean isLatin(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.COMMON;
    }
}
