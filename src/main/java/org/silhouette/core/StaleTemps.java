package org.silhouette.core;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files a crashed run left behind. Every temporary name carries the id of the process that made
 * it ({@link #tag()}), so a sweep at start deletes only those whose process is gone and never a live
 * process's work in progress. Names from before the tag are deleted only once they are a day old: a
 * temporary file lives for seconds, so one that old was abandoned.
 */
public final class StaleTemps {
    private static final Pattern TAGGED = Pattern.compile("pid(\\d+)-");
    /** {@code .<name>.<digits>.tmp}: what AtomicFiles wrote before names carried a process id. */
    private static final Pattern LEGACY_FILE = Pattern.compile("^\\..+\\.\\d+\\.tmp$");
    static final Duration LEGACY_AGE = Duration.ofDays(1);
    public static final String THUMBNAIL_PREFIX = "silhouette-thumbnails";

    private StaleTemps() {
    }

    /** Goes into every temporary name this process makes: {@code pid<id>-}. */
    public static String tag() {
        return "pid" + ProcessHandle.current().pid() + "-";
    }

    /**
     * Deletes abandoned {@code .*.tmp} files in {@code dir} and its sub-folders down to {@code depth}
     * levels. Links are not followed. Returns how many were deleted; what cannot be read is left alone.
     */
    public static int sweepFiles(Path dir, int depth) {
        int[] deleted = {0};
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try {
            Files.walkFileTree(dir, java.util.Set.of(), depth + 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && name.startsWith(".") && name.endsWith(".tmp")
                            && abandoned(name, attrs, LEGACY_FILE.matcher(name).matches())) {
                        deleted[0] += deleteQuietly(file) ? 1 : 0;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a folder that cannot be listed is simply not swept
        }
        return deleted[0];
    }

    /** Deletes abandoned {@code silhouette-thumbnails*} folders (and their contents) directly in {@code tmp}. */
    public static int sweepThumbnailFolders(Path tmp) {
        int deleted = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tmp, THUMBNAIL_PREFIX + "*")) {
            for (Path d : ds) {
                BasicFileAttributes attrs = Files.readAttributes(d, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isDirectory() && abandoned(d.getFileName().toString(), attrs, true)) {
                    deleted += deleteTree(d) ? 1 : 0;
                }
            }
        } catch (IOException e) {
            // nothing to sweep, or not ours to list
        }
        return deleted;
    }

    /** Whether a temporary of this name was abandoned: its process is gone, or it is old and untagged. */
    static boolean abandoned(String name, BasicFileAttributes attrs, boolean legacyName) {
        Matcher m = TAGGED.matcher(name);
        if (m.find()) {
            long pid;
            try {
                pid = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                return false;
            }
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        return legacyName && attrs.lastModifiedTime().toInstant().isBefore(Instant.now().minus(LEGACY_AGE));
    }

    /** Deletes a folder made by this process (or abandoned); true when it is gone. */
    public static boolean deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }
}
