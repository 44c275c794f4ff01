package org.silhouette.session;

import java.nio.file.Path;

/**
 * What to open: an image folder, a project folder, or both; optionally the backbone to use from now on.
 *
 * @param data the image folder, or null to use the one the project remembers
 * @param project the project folder, or null for the default place
 * @param backbone a backbone spec ({@code --backbone}), or null to keep the project's
 */
public record OpenRequest(Path data, Path project, String backbone) {

    public OpenRequest {
        if (data == null && project == null) {
            throw new IllegalArgumentException("an image folder or a project folder is required");
        }
    }

    /**
     * What the window opens at its start: the folders given, else (neither given) the bundled demo; a
     * {@link org.silhouette.core.UserError} when there is none.
     */
    public static OpenRequest orDemo(Path data, Path project, String backbone) {
        return new OpenRequest(data == null && project == null ? DemoFolder.find() : data, project, backbone);
    }

    public String title() {
        Path p = data != null ? data : project;
        Path name = p.toAbsolutePath().normalize().getFileName();
        return name == null ? p.toString() : name.toString();
    }
}
