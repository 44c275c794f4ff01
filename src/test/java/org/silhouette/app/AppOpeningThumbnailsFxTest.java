package org.silhouette.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The map is a map of thumbnails from the first view: a freshly opened folder, not zoomed, shows images
 * where they have room (a new user once saw only dots until the ninth zoom notch).
 */
class AppOpeningThumbnailsFxTest extends FxWindowTest {

    @Test
    void theOpeningViewShowsThumbnailsWhereTheyFit(@TempDir Path dir) throws Exception {
        Path folder = AppFx.folder(dir, 400, 3, 5, false);
        AppFx.inOpenWindow(folder, w -> {
            double opening = FxThread.call(() -> w.map().viewport().scale());
            FxThread.await("thumbnails on the opening view", Duration.ofSeconds(60),
                    () -> w.map().lastFrame().tiles() > 0);
            assertFalse(FxThread.call(() -> w.map().lastFrame().thumbnails()),
                    "zoomed out: thumbnails only where they fit, the crowded points stay dots");
            assertFalse(FxThread.call(() -> w.map().viewport().scale()) != opening, "nobody zoomed");
        });
    }
}
