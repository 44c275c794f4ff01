package org.silhouette.project;

import org.silhouette.core.UserError;

/**
 * What a label name may be inside the store: any text a person can type, stripped, non-empty, at most
 * {@value #MAX_LENGTH} characters, no control characters. Names that are awkward as folder names
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
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new UserError("A label name cannot contain a broken (unpaired surrogate) character.");
            }
        }
        return name;
    }
}
