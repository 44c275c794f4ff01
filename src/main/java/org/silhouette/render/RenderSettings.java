package org.silhouette.render;

/**
 * Level-of-detail rules. Thumbnails are placed like labels on a map: at any zoom, as many as fit without
 * covering each other (see {@link MapRenderer}), the rest drawn as dots. Their size grows continuously with the
 * zoom: slowly from about 20 px at the opening view of a crowded map, to {@code thumbnailMinPx} once the typical
 * spacing between points is that large on screen, then with the spacing up to {@code thumbnailMaxPx}. Over
 * the last doubling of the zoom before that switch, the room a thumbnail keeps shrinks from its whole size to
 * a third of it, so that at the switch every point is drawn as a thumbnail or under one. At most
 * {@code maxTiles} thumbnails draw per frame.
 */
public record RenderSettings(int backgroundRgb, float thumbnailMinPx, float thumbnailMaxPx, int maxTiles,
        float dotMinRadius, float dotMaxRadius) {

    public static final RenderSettings DEFAULT = new RenderSettings(0x17181B, 24, 160, 12_000, 1.6f, 4.5f);

    /**
     * Below the switch the size follows the spacing to this power: 0.1 gives 20 px at the demo's opening
     * (3.8 px between neighbours) and 19 px on 10k images (1.3 px), growing to the switch size without a jump.
     */
    private static final double GROWTH_BELOW_SWITCH = 0.1;
    /** The smallest thumbnail, as a share of {@code thumbnailMinPx}. */
    private static final double SMALLEST = 2.0 / 3;

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

    /** On-screen thumbnail edge for a world spacing at a scale; continuous and never shrinking as the scale grows. */
    public float thumbnailPx(double worldSpacing, double scale) {
        double px = worldSpacing * scale;
        double size = px >= thumbnailMinPx ? px : thumbnailMinPx * Math.pow(px / thumbnailMinPx, GROWTH_BELOW_SWITCH);
        return (float) Math.min(thumbnailMaxPx, Math.max(SMALLEST * thumbnailMinPx, size));
    }

    /**
     * How far apart, along either axis, the centres of two thumbnails must be, as a share of their size: 1
     * zoomed out (no overlap), shrinking smoothly to 1/3 over the doubling of the zoom that ends at the switch.
     */
    public double thumbnailGapShare(double worldSpacing, double scale) {
        double towardsSwitch = Math.log(2 * worldSpacing * scale / thumbnailMinPx) / Math.log(2);
        return 1 - 2.0 / 3 * Math.min(1, Math.max(0, towardsSwitch));
    }

    /** Whether every point is drawn as a thumbnail or under one (at and past the switch). */
    public boolean showsThumbnails(double worldSpacing, double scale) {
        return worldSpacing * scale >= thumbnailMinPx;
    }

    public float dotRadius(double worldSpacing, double scale) {
        return (float) Math.max(dotMinRadius, Math.min(dotMaxRadius, 0.3 * worldSpacing * scale));
    }

    /** How near a point, in pixels, the cursor finds it: within half its thumbnail, or its dot's radius and 3 px. */
    public double hitRadiusPx(double worldSpacing, double scale, boolean thumbnails) {
        return thumbnails ? thumbnailPx(worldSpacing, scale) / 2 : dotRadius(worldSpacing, scale) + 3;
    }
}
