package org.silhouette.project;

import org.silhouette.core.UserError;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's SQLite file, below the store: connected with the settings that make each commit durable,
 * brought up to the current schema ({@link Schema}) or refused when it cannot be read here, checked sound,
 * and the image folder it records. Static; the store holds the connection.
 */
final class ProjectDatabase {

    private static final String ROOT_ABSOLUTE = "image_root";
    private static final String ROOT_RELATIVE = "image_root_relative";

    private ProjectDatabase() {
    }

    /** A connection to a sound database of the current schema: migrated when writable, else only checked. */
    static Connection open(ProjectPaths paths, boolean readOnly, int busyMillis) throws SQLException {
        DatabaseFileCheck.requireWholeOrAbsent(paths.database());
        Connection c = connect(paths, readOnly, busyMillis);
        try {
            if (!readOnly) {
                Schema.migrate(c, paths.database());
            } else if (Schema.checkNotNewer(c, paths.database()) < Schema.CURRENT) {
                throw new UserError("The project " + paths.dir() + " needs upgrading; open it once where it is not "
                        + "open elsewhere.");
            }
            quickCheck(c, paths);
            return c;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** After a failed open: closes the connection, if any, keeping the first failure. */
    static void closeQuietly(Connection c, Exception cause) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static void createFolder(ProjectPaths paths) {
        try {
            Files.createDirectories(paths.dir());
        } catch (IOException e) {
            throw new UserError("Cannot create the project folder " + paths.dir() + " (" + e.getClass().getSimpleName()
                    + "); choose a writable project folder.", e);
        }
    }

    private static Connection connect(ProjectPaths paths, boolean readOnly, int busyMillis) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(busyMillis);
        cfg.enforceForeignKeys(true);
        if (readOnly) {
            cfg.setReadOnly(true);
        } else {
            cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: WAL is fsynced at every commit, so an acknowledged label survives power loss, not only
            // a killed process. Label edits are human-paced, so one fsync each is cheap.
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return DriverManager.getConnection(url(paths.database()) + (readOnly && immutable(paths) ? "?immutable=1" : ""),
                cfg.toProperties());
    }

    /**
     * A folder nobody can write (read-only disk or folder): SQLite cannot make the shared-memory file a
     * WAL reader needs, so the database is read as immutable. Not when a log is left over, whose labels an
     * immutable read would skip.
     */
    private static boolean immutable(ProjectPaths paths) {
        Path wal = paths.database().resolveSibling(paths.database().getFileName() + "-wal");
        try {
            return !Files.isWritable(paths.dir()) && (!Files.exists(wal) || Files.size(wal) == 0);
        } catch (IOException e) {
            return false;
        }
    }

    /** A URI filename, percent-encoded, so '?', '#' or '%' in a folder name are not read as URI syntax. */
    static String url(Path db) {
        return "jdbc:sqlite:file:" + db.toAbsolutePath().toUri().getRawPath();
    }

    private static void quickCheck(Connection c, ProjectPaths paths) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String first = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(first)) {
                // SQLite lists every bad page, one per line: the first says enough, the count says how bad
                List<String> lines = first.strip().lines().filter(l -> !l.isBlank() && !l.startsWith("***")).toList();
                String summary = lines.isEmpty() ? first.strip() : lines.getFirst().strip();
                int more = lines.size() - 1;
                throw DatabaseFileCheck.damaged(paths.database(), "damaged (SQLite's check says: " + summary
                        + (more > 0 ? ", and " + more + " more problems" : "") + ")", null);
            }
        }
    }

    /**
     * The image folder: {@code given} (recorded, when writable), else the one recorded, preferring the path
     * relative to the project so a project moved along with its images still finds them.
     */
    static Path imageRoot(Connection c, ProjectPaths paths, Path given, boolean writable) throws SQLException {
        if (given != null) {
            Path root = given.toAbsolutePath().normalize();
            if (writable) {
                Tx.run(c, () -> {
                    Meta.put(c, ROOT_ABSOLUTE, root.toString());
                    Meta.put(c, ROOT_RELATIVE, relativeOrNull(paths.dir(), root));
                    return null;
                });
            }
            return root;
        }
        String rel = Meta.get(c, ROOT_RELATIVE);
        String abs = Meta.get(c, ROOT_ABSOLUTE);
        if (rel != null && !rel.isEmpty()) {
            Path candidate = paths.dir().resolve(rel).normalize();
            if (Files.isDirectory(candidate) || abs == null) {
                return candidate;
            }
        }
        if (abs != null) {
            return Path.of(abs);
        }
        throw new UserError("The project " + paths.dir() + " does not know its image folder yet; open it with the "
                + "image folder.");
    }

    private static String relativeOrNull(Path from, Path to) {
        try {
            return from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException differentRoots) {
            return "";
        }
    }

    /** SQLite's integrity and foreign-key checks; empty when the database is sound. */
    static List<String> integrityProblems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        problems.add(rs.getString(1));
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2) + " -> " + rs.getString(3));
                }
            }
        }
        return problems;
    }

    /** A connection-level setting as SQLite reports it ({@code synchronous}, {@code journal_mode}...). */
    static String pragma(Connection c, String name) throws SQLException {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException(name);
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
