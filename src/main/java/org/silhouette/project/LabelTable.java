package org.silhouette.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code label} and {@code assignment} tables: the labels and which image carries which. A label change
 * reaches them as a {@link Change}, inside the store's transaction; {@link History} keeps its undo step.
 */
final class LabelTable {

    private LabelTable() {
    }

    /** The committed labels and each image's label id, beside the images already read. */
    static LabelState read(Connection c, ImageList images, History history) throws SQLException {
        List<LabelInfo> labels = new ArrayList<>();
        int[] labelOf = new int[images.size()];
        Arrays.fill(labelOf, LabelState.NONE);
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, name, colour, position FROM label")) {
                while (rs.next()) {
                    labels.add(new LabelInfo(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT image_id, label_id FROM assignment")) {
                while (rs.next()) {
                    labelOf[rs.getInt(1)] = rs.getInt(2);
                }
            }
        }
        return new LabelState(images, labelOf, labels, history.undoDescription(), history.redoDescription());
    }

    /** Applies one label operation and records its undo step; null when it changes nothing. */
    static LabelState perform(Connection c, History history, LabelState base, Function<ChangeBuilder, String> op)
            throws SQLException {
        ChangeBuilder b = new ChangeBuilder(base, nextId(c));
        Change change = b.build(op.apply(b));
        if (change.isEmpty()) {
            return null;
        }
        apply(c, change);
        history.record(change);
        return base.with(change, history.undoDescription(), history.redoDescription());
    }

    /** Undoes (or redoes) the last step; null when there is none. */
    static LabelState replay(Connection c, History history, LabelState base, boolean undo) throws SQLException {
        Change change = undo ? history.popUndo() : history.popRedo();
        if (change == null) {
            return null;
        }
        base.checkIsBefore(change);
        apply(c, change);
        return base.with(change, history.undoDescription(), history.redoDescription());
    }

    /** The id a new label gets: never one used before, so undo can bring a deleted label back under its id. */
    private static int nextId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'label'), 0),"
                        + " coalesce((SELECT max(id) FROM label), 0)) + 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Labels that exist afterwards first, then assignments, then labels that go: no foreign key breaks. */
    private static void apply(Connection c, Change change) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO label(id, name, colour, position) VALUES (?, ?, ?, ?)");
                PreparedStatement upd = c.prepareStatement(
                        "UPDATE label SET name = ?, colour = ?, position = ? WHERE id = ?")) {
            for (LabelDelta d : change.labels()) {
                LabelInfo l = d.after();
                if (l == null) {
                    continue;
                }
                PreparedStatement ps = d.before() == null ? ins : upd;
                int at = d.before() == null ? 2 : 1;
                ps.setString(at, l.name());
                ps.setInt(at + 1, l.colour());
                ps.setInt(at + 2, l.position());
                ps.setInt(d.before() == null ? 1 : 4, l.id());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM assignment WHERE image_id = ?");
                PreparedStatement put = c.prepareStatement(
                        "INSERT OR REPLACE INTO assignment(image_id, label_id) VALUES (?, ?)")) {
            int[] images = change.images();
            for (int i = 0; i < images.length; i++) {
                if (change.after()[i] == LabelState.NONE) {
                    del.setInt(1, images[i]);
                    del.addBatch();
                } else {
                    put.setInt(1, images[i]);
                    put.setInt(2, change.after()[i]);
                    put.addBatch();
                }
            }
            del.executeBatch();
            put.executeBatch();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM label WHERE id = ?")) {
            for (LabelDelta d : change.labels()) {
                if (d.after() == null) {
                    del.setInt(1, d.id());
                    del.executeUpdate();
                }
            }
        }
    }
}
