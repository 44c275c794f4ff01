package org.silhouette.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a torn
 * one: write a sibling temp file, fsync it, rename it over the target, then fsync the folder.
 */
public final class AtomicFiles {

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        try (Pending pending = open(target)) {
            OutputStream out = Channels.newOutputStream(pending.channel());
            writer.write(out);
            out.flush();
            pending.commit();
        }
    }

    /**
     * Starts writing {@code target} piece by piece, for content too big to build in memory first: the
     * sibling temp file becomes {@code target} only on {@link Pending#commit()}.
     */
    public static Pending open(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // the process id in the name lets a later start sweep it if this process dies (StaleTemps)
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "." + StaleTemps.tag(), ".tmp");
        try {
            keepOrdinaryPermissions(tmp, target);
            return new Pending(target, dir, tmp, FileChannel.open(tmp, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A temp file beside its target; closing it without {@link #commit()} deletes it, so readers never see it. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path dir;
        private final Path tmp;
        private final FileChannel channel;
        private boolean committed;

        private Pending(Path target, Path dir, Path tmp, FileChannel channel) {
            this.target = target;
            this.dir = dir;
            this.tmp = tmp;
            this.channel = channel;
        }

        /** The temp file, open for reading and writing. */
        public FileChannel channel() {
            return channel;
        }

        /** Makes the content durable, then renames it over the target in one step. */
        public void commit() throws IOException {
            channel.force(true);
            channel.close();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            syncDirectory(dir);
        }

        @Override
        public void close() throws IOException {
            channel.close();
            if (!committed) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * createTempFile makes files private (0600); outputs a user asked for should get the permissions a
     * plain write would give, or keep those of the file they replace.
     */
    private static void keepOrdinaryPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Makes the rename durable; not possible on every OS, and harmless to skip there. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a directory as a channel; the rename is still atomic there.
        }
    }
}
