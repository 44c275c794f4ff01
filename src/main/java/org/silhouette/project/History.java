package org.silhouette.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The undo/redo history in the database. Steps are numbered contiguously; {@code meta.history_cursor}
 * is the last applied step. Steps above the cursor are the redo branch, dropped by the next new
 * operation; the oldest steps are trimmed beyond the limits. All calls run inside the caller's transaction.
 */
final class History {
    static final String CURSOR_KEY = "history_cursor";

    private final Connection c;
    private final int maxSteps;
    private final long maxImageEntries;

    History(Connection c, int maxSteps, long maxImageEntries) {
        this.c = c;
        this.maxSteps = maxSteps;
        this.maxImageEntries = maxImageEntries;
    }

    long cursor() throws SQLException {
        String v = Meta.get(c, CURSOR_KEY);
        return v == null ? 0 : Long.parseLong(v);
    }

    private void setCursor(long step) throws SQLException {
        Meta.put(c, CURSOR_KEY, Long.toString(step));
    }

    /** Records a new step after the cursor, dropping the redo branch, then trims the oldest. */
    void record(Change change) throws SQLException {
        long cursor = cursor();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM history WHERE step > ?")) {
            del.setLong(1, cursor);
            del.executeUpdate();
        }
        long step = cursor + 1;
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO history(step, description, created_at, image_count,"
                + " images, before_labels, after_labels) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ins.setLong(1, step);
            ins.setString(2, change.description());
            ins.setString(3, Instant.now().toString());
            ins.setInt(4, change.images().length);
            ins.setBytes(5, Blobs.ofInts(change.images()));
            ins.setBytes(6, Blobs.ofInts(change.before()));
            ins.setBytes(7, Blobs.ofInts(change.after()));
            ins.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO history_label(step, label_id, before_name,"
                + " before_colour, before_position, after_name, after_colour, after_position) VALUES (?,?,?,?,?,?,?,?)")) {
            for (LabelDelta d : change.labels()) {
                ins.setLong(1, step);
                ins.setInt(2, d.id());
                bindLabel(ins, 3, d.before());
                bindLabel(ins, 6, d.after());
                ins.addBatch();
            }
            ins.executeBatch();
        }
        setCursor(step);
        trim();
    }

    /** The step to undo, already inverted, or null when there is none. Moves the cursor back. */
    Change popUndo() throws SQLException {
        long cursor = cursor();
        Change step = load(cursor);
        if (step == null) {
            return null;
        }
        setCursor(cursor - 1);
        return step.inverse();
    }

    /** The step to redo, or null when there is none. Moves the cursor forward. */
    Change popRedo() throws SQLException {
        long next = cursor() + 1;
        Change step = load(next);
        if (step == null) {
            return null;
        }
        setCursor(next);
        return step;
    }

    String undoDescription() throws SQLException {
        return description(cursor());
    }

    String redoDescription() throws SQLException {
        return description(cursor() + 1);
    }

    int undoDepth() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM history WHERE step <= ?")) {
            ps.setLong(1, cursor());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    int redoDepth() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM history WHERE step > ?")) {
            ps.setLong(1, cursor());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private String description(long step) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT description FROM history WHERE step = ?")) {
            ps.setLong(1, step);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private Change load(long step) throws SQLException {
        String description;
        int[] images;
        int[] before;
        int[] after;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT description, images, before_labels, after_labels FROM history WHERE step = ?")) {
            ps.setLong(1, step);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                description = rs.getString(1);
                images = Blobs.toInts(rs.getBytes(2));
                before = Blobs.toInts(rs.getBytes(3));
                after = Blobs.toInts(rs.getBytes(4));
            }
        }
        List<LabelDelta> deltas = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT label_id, before_name, before_colour, before_position,"
                + " after_name, after_colour, after_position FROM history_label WHERE step = ? ORDER BY label_id")) {
            ps.setLong(1, step);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    deltas.add(new LabelDelta(id, readLabel(rs, id, 2), readLabel(rs, id, 5)));
                }
            }
        }
        return new Change(description, images, before, after, deltas);
    }

    private void trim() throws SQLException {
        try (PreparedStatement stats = c.prepareStatement("SELECT count(*), coalesce(sum(image_count), 0), min(step) FROM history");
                PreparedStatement del = c.prepareStatement("DELETE FROM history WHERE step = ?")) {
            while (true) {
                long count;
                long entries;
                long oldest;
                try (ResultSet rs = stats.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                    entries = rs.getLong(2);
                    oldest = rs.getLong(3);
                }
                // Keep the newest step even when it alone is over the entry limit: the user just did it.
                if (count <= 1 || (count <= maxSteps && entries <= maxImageEntries)) {
                    return;
                }
                del.setLong(1, oldest);
                del.executeUpdate();
            }
        }
    }

    private static void bindLabel(PreparedStatement ps, int at, LabelInfo l) throws SQLException {
        if (l == null) {
            ps.setNull(at, Types.VARCHAR);
            ps.setNull(at + 1, Types.INTEGER);
            ps.setNull(at + 2, Types.INTEGER);
        } else {
            ps.setString(at, l.name());
            ps.setInt(at + 1, l.colour());
            ps.setInt(at + 2, l.position());
        }
    }

    private static LabelInfo readLabel(ResultSet rs, int id, int at) throws SQLException {
        String name = rs.getString(at);
        return name == null ? null : new LabelInfo(id, name, rs.getInt(at + 1), rs.getInt(at + 2));
    }
}
