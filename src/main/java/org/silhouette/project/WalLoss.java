package org.silhouette.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A write-ahead log that went missing. Every label is committed to {@code project.db-wal} first and
 * reaches {@code project.db} only at a checkpoint (on a clean close at the latest), so a WAL deleted
 * after Silhouette ended without closing takes the label changes since the last checkpoint with it,
 * and SQLite, finding no log, opens the older state without a word. The trace it leaves: the shared
 * memory file {@code -shm}, which SQLite makes and removes together with the log, without the log beside
 * it. Found before SQLite opens the database, the files are copied aside for recovery and the loss is
 * said in one line. (A log deleted together with its {@code -shm} leaves no trace to find.)
 */
final class WalLoss {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private WalLoss() {
    }

    /** What was found, or null when the log is where it should be (or never needed to be). */
    record Found(Path recoveryDir, Instant lastCheckpoint) {
        /** The sentence for the user, given how many labelled images the database still holds. */
        String describe(Path db, int labelledNow) {
            return "Silhouette did not close this project last time and its write-ahead log " + db.getFileName()
                    + "-wal is missing: label changes saved after " + lastCheckpoint.truncatedTo(ChronoUnit.SECONDS)
                    + " (the database's last checkpoint) are lost, and " + labelledNow + " labelled images remain."
                    + " The files as found were kept in " + recoveryDir + ".";
        }

        /** A database that is damaged as well says so, and where its files were kept. */
        RuntimeException annotate(RuntimeException e) {
            if (!(e instanceof DamagedProjectException d)) {
                return e;
            }
            return new DamagedProjectException(d.database(), d.getMessage().replaceFirst("\\.$", "") + "; its"
                    + " write-ahead log is missing too, and the files as found were kept in " + recoveryDir + ".", d);
        }
    }

    /** Looks for the traces of a lost log; copies what is there aside when it finds them. Lock held. */
    static Found check(ProjectPaths paths) {
        Path db = paths.database();
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        Path shm = db.resolveSibling(db.getFileName() + "-shm");
        if (!Files.isRegularFile(db) || Files.exists(wal) || !Files.exists(shm)) {
            return null;
        }
        try {
            Instant checkpoint = Files.getLastModifiedTime(db).toInstant();
            Path dir = paths.dir().resolve("recovery-" + STAMP.format(Instant.now()));
            for (int n = 2; Files.exists(dir); n++) {
                dir = paths.dir().resolve("recovery-" + STAMP.format(Instant.now()) + "-" + n);
            }
            Files.createDirectories(dir);
            for (Path p : new Path[] {db, shm}) {
                Files.copy(p, dir.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
            return new Found(dir, checkpoint);
        } catch (IOException e) {
            throw new org.silhouette.core.UserError("The write-ahead log of " + db + " is missing, and its files could"
                    + " not be copied aside for recovery (" + e.getMessage() + "); nothing was opened.", e);
        }
    }
}
