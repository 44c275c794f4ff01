package org.silhouette.cli;

import org.silhouette.app.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gui}: opens the desktop app, on the bundled demo when no folder is given. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop app.")
final class GuiCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of images to open.")
    Path data;

    @Option(names = "--project", paramLabel = "DIR", description = "Project folder (default: DIR/.silhouette).")
    Path project;

    @Option(names = "--backbone", paramLabel = "FILE", description = "TorchScript backbone to use.")
    Path backbone;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Save a PNG of the window once the map is drawn, then exit.")
    Path screenshot;

    @Override
    public Integer call() {
        return GuiLauncher.launch(new GuiLauncher.Request(data, project, backbone, screenshot));
    }
}
