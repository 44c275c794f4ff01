package org.silhouette.render;

/**
 * Level-of-detail rules. Thumbnails replace dots once the typical spacing between points is at least
 * {@code thumbnailMinPx} on screen; at most {@code maxTiles} thumbnails draw per frame, the rest as dots.
 * Below that, a point with room around it still gets a small thumbnail ({@link #roomyThumbnailPx}), so the
 * opening view already shows images wherever they fit, and they grow with the zoom up to the switch.
 */
public record RenderSettings(int backgroundRgb, float thumbnailMinPx, float thumbnailMaxPx, int maxTiles,
        float dotMinRadius, float dotMaxRadius) {

    public static final RenderSettings DEFAULT = new RenderSettings(0x17181B, 24, 160, 12_000, 1.6f, 4.5f);

    public RenderSettings {
        if (!(thumbnailMinPx >= 4) || !(thumbnailMaxPx >= thumbnailMinPx)) {
            throw new IllegalArgumentException("Thumbnail sizes need 4 <= min <= max, got " + thumbnailMinPx
                    + ", " + thumbnailMaxPx);
        }
        if (maxTiles < 0) {
            throw new IllegalArgumentException("maxTiles must be >= 0, got " + maxTiles);
        }
        if (!(dotMinRadius > 0) || !(dotMaxRadius >= dotMinRadius)) {
            throw new IllegalArgumentException("Dot radii need 0 < min <= max, got " + dotMinRadius + ", " + dotMaxRadius);
        }
    }

    /** On-screen thumbnail edge for a world spacing at a scale, before the switch is applied. */
    public float thumbnailPx(double worldSpacing, double scale) {
        return (float) Math.min(thumbnailMaxPx, worldSpacing * scale);
    }

    /** Below the switch: the edge of a thumbnail drawn for a point with no other point that close. */
    public float roomyThumbnailPx(double worldSpacing, double scale) {
        return (float) Math.min(thumbnailMinPx, Math.max(2.0 / 3 * thumbnailMinPx, worldSpacing * scale));
    }

    public boolean showsThumbnails(double worldSpacing, double scale) {
        return worldSpacing * scale >= thumbnailMinPx;
    }

    public float dotRadius(double worldSpacing, double scale) {
        return (float) Math.max(dotMinRadius, Math.min(dotMaxRadius, 0.3 * worldSpacing * scale));
    }
}
