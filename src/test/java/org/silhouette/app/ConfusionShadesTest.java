package org.silhouette.app;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.silhouette.render.HeatShade;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table's shades, now mixed without the toolkit, are the very colours JavaFX mixed for it before. */
class ConfusionShadesTest {

    private static int toolkitShade(double share, boolean agree) {
        Color c = Color.web("#26282c").interpolate(agree ? Color.web("#3c6ed2") : Color.web("#d24632"),
                Math.sqrt(Math.clamp(share, 0, 1)));
        return (int) (Math.round(c.getRed() * 255) << 16 | Math.round(c.getGreen() * 255) << 8
                | Math.round(c.getBlue() * 255));
    }

    @Test
    void everyShareGivesTheSameColourAsTheToolkit() {
        for (int k = 0; k <= 10_000; k++) {
            double share = k / 10_000.0;
            assertEquals(toolkitShade(share, true), HeatShade.rgb(share, true), "agree at " + share);
            assertEquals(toolkitShade(share, false), HeatShade.rgb(share, false), "disagree at " + share);
        }
    }
}
