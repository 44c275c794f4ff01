package org.silhouette.project;

import java.util.Locale;

/**
 * One label as the store holds it. {@code id} is stable for the life of the project and never reused;
 * {@code position} orders the label panel (number keys 1–9 pick the first nine); {@code colour} is 0xRRGGBB.
 */
public record LabelInfo(int id, String name, int colour, int position) {

    public LabelInfo {
        if (name == null) {
            throw new IllegalArgumentException("label name is null");
        }
        if ((colour & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("colour must be 0xRRGGBB, got " + Integer.toHexString(colour));
        }
    }

    /** The colour as {@code #rrggbb}. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", colour);
    }

    public LabelInfo withName(String newName) {
        return new LabelInfo(id, newName, colour, position);
    }

    public LabelInfo withColour(int newColour) {
        return new LabelInfo(id, name, newColour, position);
    }

    public LabelInfo withPosition(int newPosition) {
        return new LabelInfo(id, name, colour, newPosition);
    }
}
