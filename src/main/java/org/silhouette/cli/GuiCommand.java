package org.silhouette.cli;

import org.silhouette.app.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code gui}: opens the desktop app, on the bundled demo when no folder is given. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop app.")
final class GuiCommand extends Subcommand {

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of images to open.")
    Path data;

    @Option(names = "--project", paramLabel = "DIR", description = "Project folder (default: DIR/.silhouette, or a folder under ~/.local/share/silhouette when DIR cannot be written).")
    Path project;

    @Option(names = "--backbone", paramLabel = "FILE", description = "Backbone: a TorchScript file, a small-CNN"
            + " folder or zoo:resnet18 (default: the project's, else models/small-cnn-cifar10).")
    String backbone;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Save a PNG of the window once the map is drawn, then exit.")
    Path screenshot;

    @Option(names = "--check-naming", description = "Name a group of images through the name box as a person"
            + " would, then exit: 0 when the label was saved. A check that the app works as launched.")
    boolean checkNaming;

    @Override
    protected int run() {
        return GuiLauncher.launch(new GuiLauncher.Request(data, project, backbone, screenshot, checkNaming));
    }
}
