package org.silhouette.cli;

import org.silhouette.core.UserError;
import org.silhouette.experiment.IdxImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code import-idx}: MNIST-style IDX files (gzipped or not) to an ImageFolder tree of grey PNGs. */
@Command(name = "import-idx", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Unpack MNIST-style IDX image and label files into OUT/<class>/<index>.png.")
public final class ImportIdxCommand extends Subcommand {

    @Option(names = "--images", required = true, paramLabel = "FILE", description = "IDX image file (…-images-idx3-ubyte[.gz]).")
    Path images;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "IDX label file (…-labels-idx1-ubyte[.gz]).")
    Path labels;

    @Option(names = "--class-names", split = ",", paramLabel = "a,b,…",
            description = "Folder name for label 0, 1, …; labels beyond the list keep their number.")
    List<String> classNames = new ArrayList<>();

    @Option(names = "--per-class", defaultValue = "0", paramLabel = "N", description = "Write at most N images per class (default: all).")
    int perClass;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the class folders into.")
    Path out;

    @Override
    protected int run() throws Exception {
        if (perClass < 0) {
            throw new UserError("--per-class must be >= 0 (0 = all), got " + perClass + ".");
        }
        for (String name : classNames) {
            if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
                throw new UserError("Class name '" + name + "' cannot be a folder name.");
            }
        }
        Folders.checkOutput(out);
        IdxImages.Data d = IdxImages.read(images, labels);
        int n = IdxImages.writeFolder(d, classNames, perClass, out);
        err().printf("Wrote %d images of %d×%d into %s.%n", n, d.cols(), d.rows(), out);
        return 0;
    }
}
