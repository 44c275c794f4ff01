package org.silhouette.project;

import org.junit.jupiter.api.Test;
import org.silhouette.core.UserError;

import java.nio.file.Path;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SQLite's result codes, primary and extended, to the one-line refusals a person can act on. */
class SqlTest {
    private static final Path DB = Path.of("p", "project.db");

    private static RuntimeException wrapped(int code) {
        return Sql.wrap(new SQLException("[SQLITE] detail\nsecond line", null, code), DB, "saving the labels");
    }

    @Test
    void whatAPersonCanActOnBecomesAUserError() {
        assertTrue(wrapped(5).getMessage().contains("is busy"), "SQLITE_BUSY");
        assertTrue(wrapped(6).getMessage().contains("is busy"), "SQLITE_LOCKED");
        assertTrue(wrapped(8).getMessage().contains("is read-only; saving the labels did not happen"));
        assertTrue(wrapped(13).getMessage().contains("is full"));
        assertTrue(wrapped(14).getMessage().startsWith("Cannot open the project database"));
        // SQLITE_IOERR_WRITE (10 | 3 << 8): an extended code is read by its primary code
        RuntimeException io = wrapped(778);
        assertInstanceOf(UserError.class, io);
        assertTrue(io.getMessage().endsWith("while saving the labels: [SQLITE] detail."), io.getMessage());
    }

    @Test
    void aDamagedFileIsReportedAsDamagedAndTheRestStayBugs() {
        assertInstanceOf(DamagedProjectException.class, wrapped(11));
        assertInstanceOf(DamagedProjectException.class, wrapped(26));
        RuntimeException other = wrapped(1);
        assertInstanceOf(IllegalStateException.class, other);
        assertTrue(other.getMessage().startsWith("SQLite error while saving the labels"), other.getMessage());
    }
}
