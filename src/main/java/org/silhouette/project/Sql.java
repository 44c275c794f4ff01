package org.silhouette.project;

import org.silhouette.core.UserError;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite failures a person can act on into one-line {@link UserError}s; the rest stay bugs. */
final class Sql {
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private Sql() {
    }

    static RuntimeException wrap(SQLException e, Path db, String doing) {
        int code = e.getErrorCode() & 0xFF;
        return switch (code) {
            case BUSY, LOCKED -> new UserError("The project database " + db + " is busy (another program is using it); "
                    + doing + " did not happen. Try again.", e);
            case READONLY -> new UserError("The project database " + db + " is read-only; " + doing + " did not happen.", e);
            case FULL -> new UserError("The disk holding " + db + " is full; " + doing + " did not happen.", e);
            case CANTOPEN -> new UserError("Cannot open the project database " + db + ".", e);
            case CORRUPT, NOTADB -> DatabaseFileCheck.damaged(db, "damaged or not a Silhouette project ("
                    + doing + " failed)", e);
            case IOERR -> new UserError("Disk error on " + db + " while " + doing + ": " + firstLine(e) + ".", e);
            default -> new IllegalStateException("SQLite error while " + doing + ": " + firstLine(e), e);
        };
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage();
        return m == null ? "unknown" : m.lines().findFirst().orElse("unknown");
    }
}
