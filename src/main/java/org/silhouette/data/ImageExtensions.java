package org.silhouette.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The file name extensions a scan picks up, compared case-insensitively. */
public final class ImageExtensions {
    public static final Set<String> ALL = Set.of("jpg", "jpeg", "png", "bmp", "gif", "tif", "tiff");

    private ImageExtensions() {
    }

    public static boolean isImageName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && dot < fileName.length() - 1
                && ALL.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public static boolean isImage(Path file) {
        Path name = file.getFileName();
        return name != null && isImageName(name.toString());
    }
}
