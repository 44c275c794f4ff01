package org.silhouette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How near a point the cursor finds it, as dots and as thumbnails. */
class RenderSettingsTest {

    @Test
    void aDotIsFoundWithinItsRadiusAndThreePixelsAThumbnailWithinHalfItsEdge() {
        RenderSettings s = RenderSettings.DEFAULT;
        assertEquals(s.dotMinRadius() + 3, s.hitRadiusPx(0.01, 1, false), 1e-6, "the smallest dot still gets 3 px");
        assertEquals(s.dotMaxRadius() + 3, s.hitRadiusPx(100, 1, false), 1e-6);
        assertEquals(s.thumbnailMaxPx() / 2, s.hitRadiusPx(1000, 1, true), 1e-6);
        assertEquals(s.thumbnailPx(40, 1) / 2, s.hitRadiusPx(40, 1, true), 1e-6);
    }
}
