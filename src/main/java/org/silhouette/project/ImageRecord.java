package org.silhouette.project;

/**
 * An image as a scan found it. {@code path} is relative to the image root with {@code /} separators;
 * {@code size} and {@code mtime} (epoch millis) are -1 when unknown, {@code hash} null when not computed.
 */
public record ImageRecord(String path, long size, long mtime, String hash) {

    public ImageRecord {
        RelativePaths.check(path);
    }

    public static ImageRecord of(String path) {
        return new ImageRecord(path, -1, -1, null);
    }
}
