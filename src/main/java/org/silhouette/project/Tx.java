package org.silhouette.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One explicit SQLite transaction. {@code BEGIN IMMEDIATE} takes the write lock up front, so a busy
 * database fails (after the busy timeout) before any work rather than at commit; {@code COMMIT} returns
 * only when the WAL is synced.
 */
final class Tx {
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Tx() {
    }

    static <T> T run(Connection c, Work<T> work) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run();
                st.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // Also after a failed COMMIT (busy, disk full): never leave the transaction open behind us.
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException noTransactionLeft) {
                    e.addSuppressed(noTransactionLeft);
                }
                throw e;
            }
        }
    }
}
