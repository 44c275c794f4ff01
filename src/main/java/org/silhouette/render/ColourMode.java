package org.silhouette.render;

/** What the colour of a point on the map says. */
public enum ColourMode {
    LABEL("Label"),
    SUGGESTED("Suggested label"),
    CONFIDENCE("Suggestion confidence"),
    SILHOUETTE("Silhouette (quality)");

    private final String title;

    ColourMode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}
