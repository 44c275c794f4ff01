package org.silhouette.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.silhouette.core.AtomicFiles;
import org.silhouette.core.StaleTemps;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per project: an OS lock on {@code lock} (released by the OS if the process dies, so a
 * crash never leaves a stale lock), plus {@code owner.json} saying who holds it for the refusal message.
 * A JVM-wide set guards against a second open in the same process, where closing a second channel on
 * the lock file would silently drop the first one's POSIX lock.
 */
final class ProjectLock implements AutoCloseable {
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path ownerFile;

    private ProjectLock(Path key, FileChannel channel, FileLock lock, Path ownerFile) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.ownerFile = ownerFile;
    }

    /**
     * How a window holds a project for the access it asks: the lock when it may write, else why it is
     * read-only. A read-only window needs the project to exist; a window that must write fails with a
     * one-line {@link UserError} when another holds it.
     *
     * @param lock null when read-only
     * @param readOnlyReason null when writable
     */
    record Held(ProjectLock lock, String readOnlyReason) {
        /** Lets go of the lock; the OS would drop it with the process anyway. */
        void release() {
            try {
                if (lock != null) {
                    lock.close();
                }
            } catch (IOException ignored) {
                // the OS drops the lock with the process anyway
            }
        }

        /** After a failed open: lets go of the lock, keeping the first failure. */
        void releaseQuietly(Exception cause) {
            try {
                if (lock != null) {
                    lock.close();
                }
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    static Held hold(ProjectPaths paths, ProjectStore.Access access) {
        boolean exists = Files.isRegularFile(paths.database());
        Held held;
        if (access == ProjectStore.Access.READ_ONLY) {
            held = new Held(null, "The project " + paths.dir() + " was opened read-only.");
        } else {
            ProjectDatabase.createFolder(paths);
            ProjectLock lock;
            try {
                lock = tryAcquire(paths);
            } catch (IOException e) {
                String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                        ? f.getReason() : e.getMessage();
                if (access == ProjectStore.Access.READ_WRITE || !exists) {
                    throw new UserError("The project folder " + paths.dir() + " cannot be written (" + why
                            + "); open it read-only, or copy it somewhere writable to label.", e);
                }
                // a read-only folder or disk: the labels can still be seen
                return new Held(null, "The project folder " + paths.dir() + " cannot be written (" + why
                        + "), so it was opened read-only: labelling stays off until the project is copied somewhere"
                        + " writable.");
            }
            if (lock != null) {
                // ours now: temp files of crashed runs go, a live process's (its id in the name) stay
                StaleTemps.sweepFiles(paths.dir(), 3);
                return new Held(lock, null);
            }
            String holder = describeHolder(paths);
            if (access == ProjectStore.Access.READ_WRITE || !exists) {
                throw new UserError(holder + "; close that window first.");
            }
            held = new Held(null, holder + "; this window opened it read-only.");
        }
        if (!exists) {
            throw new UserError("There is no Silhouette project in " + paths.dir() + ".");
        }
        return held;
    }

    /** The lock, or null when another window (in this or another process) holds it. */
    static ProjectLock tryAcquire(ProjectPaths paths) throws IOException {
        Path lockFile = paths.lockFile();
        if (!Files.exists(lockFile)) {
            try {
                Files.createFile(lockFile);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process created it first; fine
            }
        }
        Path key = lockFile.toRealPath();
        if (!HELD_HERE.add(key)) {
            return null;
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                HELD_HERE.remove(key);
                return null;
            }
            ProjectLock held = new ProjectLock(key, ch, l, paths.ownerFile());
            held.writeOwner();
            return held;
        } catch (IOException | RuntimeException e) {
            if (ch != null) {
                ch.close();
            }
            HELD_HERE.remove(key);
            throw e;
        }
    }

    /** Who holds the lock, as the start of a sentence; callers say what follows from it. */
    static String describeHolder(ProjectPaths paths) {
        String who = "";
        try {
            JsonNode owner = JSON.readTree(Files.readString(paths.ownerFile()));
            who = " (process " + owner.path("pid").asText("?") + " on " + owner.path("host").asText("?")
                    + ", since " + owner.path("since").asText("?") + ")";
        } catch (IOException | RuntimeException unreadable) {
            // the holder may be writing it right now; the sentence still stands without it
        }
        return "The project " + paths.dir() + " is already open in another Silhouette window" + who;
    }

    private void writeOwner() throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("pid", ProcessHandle.current().pid());
        o.put("host", hostName());
        o.put("since", Instant.now().toString());
        AtomicFiles.writeString(ownerFile, JSON.writeValueAsString(o));
    }

    /** From the environment, never DNS: opening a project must not wait on the network. */
    private static String hostName() {
        for (String var : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String v = System.getenv(var);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "this computer";
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(ownerFile);
            lock.release();
        } finally {
            channel.close();
            HELD_HERE.remove(key);
        }
    }
}
