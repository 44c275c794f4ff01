package org.silhouette.project;

import org.silhouette.core.UserError;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database schema, versioned with {@code PRAGMA user_version}. Migration {@code i} takes a database
 * from version {@code i} to {@code i+1} inside one transaction, so a crash mid-migration leaves the old
 * version intact. Append new migrations; never edit a released one.
 */
final class Schema {
    private static final List<String[]> MIGRATIONS = List.<String[]>of(
            new String[] {
                    """
                    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID""",
                    """
                    CREATE TABLE image(
                      id INTEGER PRIMARY KEY,
                      path TEXT NOT NULL UNIQUE,
                      size INTEGER NOT NULL DEFAULT -1,
                      mtime INTEGER NOT NULL DEFAULT -1,
                      hash TEXT,
                      present INTEGER NOT NULL DEFAULT 1 CHECK(present IN (0, 1)))""",
                    """
                    CREATE TABLE label(
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      name TEXT NOT NULL UNIQUE,
                      colour INTEGER NOT NULL CHECK(colour BETWEEN 0 AND 16777215),
                      position INTEGER NOT NULL)""",
                    """
                    CREATE TABLE assignment(
                      image_id INTEGER PRIMARY KEY REFERENCES image(id),
                      label_id INTEGER NOT NULL REFERENCES label(id))""",
                    "CREATE INDEX assignment_by_label ON assignment(label_id)",
                    """
                    CREATE TABLE history(
                      step INTEGER PRIMARY KEY,
                      description TEXT NOT NULL,
                      created_at TEXT NOT NULL,
                      image_count INTEGER NOT NULL,
                      images BLOB NOT NULL,
                      before_labels BLOB NOT NULL,
                      after_labels BLOB NOT NULL)""",
                    """
                    CREATE TABLE history_label(
                      step INTEGER NOT NULL REFERENCES history(step) ON DELETE CASCADE,
                      label_id INTEGER NOT NULL,
                      before_name TEXT, before_colour INTEGER, before_position INTEGER,
                      after_name TEXT, after_colour INTEGER, after_position INTEGER,
                      PRIMARY KEY(step, label_id)) WITHOUT ROWID""",
                    """
                    CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL CHECK(json_valid(value))) WITHOUT ROWID""",
                    """
                    CREATE TABLE layout(
                      id INTEGER PRIMARY KEY CHECK(id = 1),
                      rows INTEGER NOT NULL,
                      cols INTEGER NOT NULL,
                      image_count INTEGER NOT NULL,
                      data BLOB NOT NULL,
                      crc32 INTEGER NOT NULL,
                      saved_at TEXT NOT NULL)""",
            });

    /** The version this code writes. */
    static final int CURRENT = MIGRATIONS.size();

    private Schema() {
    }

    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings a writable database up to {@link #CURRENT}; refuses one from a newer Silhouette. */
    static void migrate(Connection c, Path db) throws SQLException {
        int v = checkNotNewer(c, db);
        for (int i = v; i < CURRENT; i++) {
            int step = i;
            Tx.run(c, () -> {
                try (Statement st = c.createStatement()) {
                    for (String sql : MIGRATIONS.get(step)) {
                        st.executeUpdate(sql);
                    }
                    st.executeUpdate("PRAGMA user_version = " + (step + 1));
                }
                return null;
            });
        }
    }

    static int checkNotNewer(Connection c, Path db) throws SQLException {
        int v = version(c);
        if (v > CURRENT) {
            throw new UserError("The project " + db + " was written by a newer Silhouette (schema " + v
                    + "; this version reads up to " + CURRENT + "). Update Silhouette to open it.");
        }
        return v;
    }
}
