package org.silhouette.session;

import org.silhouette.core.UserError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled demo, {@code assets/demo/images}: looked for in the working folder and beside the jar. Part of
 * opening a project, so the app and any other front end find it the same way.
 */
public final class DemoFolder {

    private DemoFolder() {
    }

    public static Path find() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("silhouette.demo");
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop));
        }
        candidates.add(Path.of("assets", "demo", "images"));
        try {
            var source = DemoFolder.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path here = Path.of(source.getLocation().toURI()).getParent(); // target/
                if (here != null) {
                    candidates.add(here.resolve("assets/demo/images"));
                    if (here.getParent() != null) {
                        candidates.add(here.getParent().resolve("assets/demo/images"));
                    }
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // only the working folder is tried then
        }
        return candidates.stream().filter(Files::isDirectory).findFirst().map(p -> p.toAbsolutePath().normalize())
                .orElseThrow(() -> new UserError("The bundled demo (assets/demo/images) was not found; open a folder"
                        + " with --data DIR or File > Open folder."));
    }
}
