package org.silhouette.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The confusion table's shades: the background when empty, full blue or red when whole, visible when small. */
class HeatShadeTest {

    @Test
    void theEndsAreTheBackgroundAndTheFullColours() {
        assertEquals(HeatShade.EMPTY, HeatShade.rgb(0, true));
        assertEquals(HeatShade.EMPTY, HeatShade.rgb(-1, false), "shares are clamped");
        assertEquals(HeatShade.AGREE, HeatShade.rgb(1, true));
        assertEquals(HeatShade.DISAGREE, HeatShade.rgb(2, false));
    }

    @Test
    void aSmallShareAlreadyShowsThroughTheSquareRoot() {
        int red = (HeatShade.rgb(0.04, false) >> 16) & 255; // the square root makes 4 % a fifth of the way
        int expected = (int) Math.round(0x26 + (0xD2 - 0x26) * 0.2);
        assertEquals(expected, red, 1);
        assertTrue(red > 0x26 + 20);
    }

    @Test
    void cssHasTheShadeAndWhiteTextOnlyOnDarkCells() {
        assertEquals("-fx-background-color: #3c6ed2; -fx-text-fill: #ffffff;", HeatShade.css(1, true));
        assertEquals("-fx-background-color: #26282c; -fx-text-fill: #c9ccd2;", HeatShade.css(0, false));
    }
}
