package org.silhouette.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.silhouette.core.AtomicFiles;

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

    /** The sentence shown when the lock is taken. */
    static String describeHolder(ProjectPaths paths) {
        String who = "";
        try {
            JsonNode owner = JSON.readTree(Files.readString(paths.ownerFile()));
            who = " (process " + owner.path("pid").asText("?") + " on " + owner.path("host").asText("?")
                    + ", since " + owner.path("since").asText("?") + ")";
        } catch (IOException | RuntimeException unreadable) {
            // the holder may be writing it right now; the sentence still stands without it
        }
        return "The project " + paths.dir() + " is already open in another Silhouette window" + who
                + "; close that window first.";
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
