package org.silhouette.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Looks at a project.db before SQLite touches it. SQLite takes an empty file for a new database and
 * writes a schema into it, so a project.db emptied or cut short by a crash or a copy would silently
 * become an empty project. Any existing file that is not a whole SQLite database is damage instead.
 */
final class DatabaseFileCheck {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private DatabaseFileCheck() {
    }

    /** Throws {@link DamagedProjectException} when {@code db} exists and is not a whole database. */
    static void requireWholeOrAbsent(Path db) {
        String why;
        try {
            why = problem(db);
        } catch (IOException e) {
            return; // unreadable here: SQLite will say why in its own words
        }
        if (why != null) {
            throw damaged(db, why, null);
        }
    }

    static DamagedProjectException damaged(Path db, String why, Throwable cause) {
        return new DamagedProjectException(db, "The project database " + db + " is " + why + ": it is damaged, not a"
                + " new project, and was left exactly as it is. Restore it from a backup, or start a fresh project"
                + " beside it.", cause);
    }

    /** Null when the file is absent or looks whole, else what is wrong. */
    static String problem(Path db) throws IOException {
        if (!Files.exists(db)) {
            return null;
        }
        long size = Files.size(db);
        if (size == 0) {
            return "empty (0 bytes)";
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(db)) {
            header = in.readNBytes(HEADER);
        }
        if (header.length < HEADER) {
            return "truncated (" + size + " bytes, shorter than a database header)";
        }
        if (!Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            return "not a SQLite database (it does not start with the SQLite header)";
        }
        int pageSize = u16(header, 16) == 1 ? 65536 : u16(header, 16);
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            return "damaged (its header declares a page size of " + pageSize + ")";
        }
        if (size % pageSize != 0) {
            return "truncated (" + size + " bytes, not a whole number of " + pageSize + "-byte pages)";
        }
        // the header's page count is trusted only when SQLite marks it valid and no write-ahead log could
        // still hold pages that a checkpoint interrupted by a crash has yet to copy back
        long pages = u32(header, 28);
        boolean countValid = pages > 0 && u32(header, 92) == u32(header, 24);
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        boolean walHolds = Files.exists(wal) && Files.size(wal) > 0;
        if (countValid && !walHolds && size < pages * pageSize) {
            return "truncated (" + size + " bytes, its header declares " + pages * pageSize + ")";
        }
        return null;
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at) {
        return ((long) u16(b, at) << 16) | u16(b, at + 2);
    }
}
