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
     * @param checkNaming name a group through the name box, then exit: 0 when it worked ({@link LaunchCheck})
     */
    public record Request(Path data, Path project, String backbone, Path screenshot, boolean checkNaming) {
    }

    private GuiLauncher() {
    }

    public static int launch(Request request) {
        if (!displayAvailable()) {
            throw new UserError(noDisplay("DISPLAY is not set"));
        }
        return SilhouetteApp.run(request);
    }

    /** The one line for a machine without a usable display: what to do instead. */
    static String noDisplay(String why) {
        return "No display found (" + why + "); the command-line commands (see --help) need none, or run the app"
                + " under Xvfb: xvfb-run -a java -jar silhouette.jar gui ...";
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
