package org.silhouette.project;

import org.silhouette.core.UserError;
import org.sqlite.SQLiteErrorCode;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite failures a person can act on into one-line {@link UserError}s; the rest stay bugs. */
final class Sql {

    private Sql() {
    }

    static RuntimeException wrap(SQLException e, Path db, String doing) {
        // the primary result code: extended codes (SQLITE_IOERR_WRITE, …) keep it in their low byte
        return switch (SQLiteErrorCode.getErrorCode(e.getErrorCode() & 0xFF)) {
            case SQLITE_BUSY, SQLITE_LOCKED -> new UserError("The project database " + db + " is busy (another program "
                    + "is using it); " + doing + " did not happen. Try again.", e);
            case SQLITE_READONLY -> new UserError("The project database " + db + " is read-only; " + doing
                    + " did not happen.", e);
            case SQLITE_FULL -> new UserError("The disk holding " + db + " is full; " + doing + " did not happen.", e);
            case SQLITE_CANTOPEN -> new UserError("Cannot open the project database " + db + ".", e);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> DatabaseFileCheck.damaged(db, "damaged or not a Silhouette project ("
                    + doing + " failed)", e);
            case SQLITE_IOERR -> new UserError("Disk error on " + db + " while " + doing + ": " + firstLine(e) + ".", e);
            default -> new IllegalStateException("SQLite error while " + doing + ": " + firstLine(e), e);
        };
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage();
        return m == null ? "unknown" : m.lines().findFirst().orElse("unknown");
    }
}
