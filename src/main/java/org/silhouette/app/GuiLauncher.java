package org.silhouette.app;

import org.silhouette.core.UserError;

import java.nio.file.Path;

/** Bridges the CLI to JavaFX without the CLI importing JavaFX. */
public final class GuiLauncher {

    /**
     * @param data image folder, or null
     * @param project project folder, or null
     * @param backbone backbone spec ({@code --backbone}), or null
     * @param screenshot where to save a PNG of the window before exiting, or null to run normally
     * @param checkNaming name a group through the name box, then exit: 0 when it worked ({@link NamingCheck})
     */
    public record Request(Path data, Path project, String backbone, Path screenshot, boolean checkNaming) {
    }

    private GuiLauncher() {
    }

    public static int launch(Request request) {
        if (!displayAvailable()) {
            throw new UserError("No display found (DISPLAY is not set); run under a desktop session or xvfb-run.");
        }
        return SilhouetteApp.run(request);
    }

    /** Whether JavaFX can open windows here (always off Linux; on Linux a display or Monocle). */
    public static boolean displayAvailable() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return true;
        }
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
