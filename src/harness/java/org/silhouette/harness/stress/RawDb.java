package org.silhouette.harness.stress;

import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Labels and assignments read from a project database with plain JDBC, independently of the store's own
 * loading code: what the crash trials and the tests compare the store's in-memory mirror against.
 */
public record RawDb(int[] labelOfImage, Map<Integer, LabelInfo> labels) {

    public static RawDb read(Path db) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        cfg.setBusyTimeout(5000);
        try (Connection c = DriverManager.getConnection(url(db), cfg.toProperties());
                Statement st = c.createStatement()) {
            int n;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM image")) {
                rs.next();
                n = rs.getInt(1);
            }
            int[] labelOf = new int[n];
            Arrays.fill(labelOf, -1);
            try (ResultSet rs = st.executeQuery("SELECT image_id, label_id FROM assignment")) {
                while (rs.next()) {
                    labelOf[rs.getInt(1)] = rs.getInt(2);
                }
            }
            Map<Integer, LabelInfo> labels = new TreeMap<>();
            try (ResultSet rs = st.executeQuery("SELECT id, name, colour, position FROM label")) {
                while (rs.next()) {
                    labels.put(rs.getInt(1), new LabelInfo(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
            return new RawDb(labelOf, labels);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The store's own URL form, written again here so that this reader shares no code with the store. */
    private static String url(Path db) {
        return "jdbc:sqlite:file:" + db.toAbsolutePath().toUri().getRawPath();
    }

    static RawDb empty(int images) {
        int[] none = new int[images];
        Arrays.fill(none, -1);
        return new RawDb(none, new TreeMap<>());
    }

    public static RawDb of(LabelState s) {
        Map<Integer, LabelInfo> labels = new TreeMap<>();
        s.labels().forEach(l -> labels.put(l.id(), l));
        return new RawDb(s.labelArray(), labels);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawDb r && Arrays.equals(labelOfImage, r.labelOfImage) && labels.equals(r.labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(labelOfImage) * 31 + labels.hashCode();
    }

    @Override
    public String toString() {
        return "RawDb" + labels.values() + " " + Arrays.toString(labelOfImage);
    }
}
