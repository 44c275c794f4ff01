package org.silhouette.project;

import org.silhouette.core.UserError;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code image} table: the project's images by id, as the scan found them. Each method runs inside the
 * store's transaction and returns the new in-memory list; the store publishes it.
 */
final class ImageTable {

    private ImageTable() {
    }

    /** Every image, in id order; ids must be dense. */
    static ImageList read(Connection c, Path db) throws SQLException {
        List<String> paths = new ArrayList<>();
        List<long[]> sizeAndTime = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        BitSet missing = new BitSet();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, path, size, mtime, hash, present FROM image ORDER BY id")) {
            while (rs.next()) {
                int id = rs.getInt(1);
                if (id != paths.size()) {
                    throw new UserError("The project database " + db + " is damaged (image ids are not contiguous at "
                            + id + ").");
                }
                paths.add(rs.getString(2));
                sizeAndTime.add(new long[] {rs.getLong(3), rs.getLong(4)});
                hashes.add(rs.getString(5));
                if (rs.getInt(6) == 0) {
                    missing.set(id);
                }
            }
        }
        return new ImageList(paths.toArray(String[]::new), sizeAndTime.stream().mapToLong(a -> a[0]).toArray(),
                sizeAndTime.stream().mapToLong(a -> a[1]).toArray(), hashes.toArray(String[]::new), missing);
    }

    /**
     * Adds the images a scan found and updates the known ones; {@code idOf[k]} receives the id of
     * {@code found[k]}. A record without a hash keeps the stored one while its size and modification time
     * are unchanged; otherwise the hash is forgotten.
     *
     * @param markOthersMissing whether images not in {@code found} are marked not present (a full rescan)
     */
    static ImageList sync(Connection c, ImageList before, List<ImageRecord> found, boolean markOthersMissing,
            int[] idOf) throws SQLException {
        Map<Integer, ImageRecord> updates = new HashMap<>();
        Map<String, Integer> added = new HashMap<>();
        BitSet seen = new BitSet();
        BitSet missing = before.missingCopy();
        int next = before.size();
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO image(id, path, size, mtime, hash, present) VALUES (?, ?, ?, ?, ?, 1)");
                PreparedStatement upd = c.prepareStatement(
                        "UPDATE image SET size = ?, mtime = ?, hash = ?, present = 1 WHERE id = ?")) {
            for (int k = 0; k < found.size(); k++) {
                int i = before.indexOf(found.get(k).path());
                ImageRecord r = i < 0 ? found.get(k) : keepHash(found.get(k), before.record(i));
                if (i < 0 && added.containsKey(r.path())) {
                    i = added.get(r.path());
                }
                if (i < 0) {
                    i = next++;
                    added.put(r.path(), i);
                    ins.setInt(1, i);
                    ins.setString(2, r.path());
                    ins.setLong(3, r.size());
                    ins.setLong(4, r.mtime());
                    ins.setString(5, r.hash());
                    ins.addBatch();
                    updates.put(i, r);
                } else if (i < before.size() && (!before.record(i).equals(r) || !before.isPresent(i))) {
                    upd.setLong(1, r.size());
                    upd.setLong(2, r.mtime());
                    upd.setString(3, r.hash());
                    upd.setInt(4, i);
                    upd.addBatch();
                    updates.put(i, r);
                }
                missing.clear(i);
                seen.set(i);
                idOf[k] = i;
            }
            ins.executeBatch();
            upd.executeBatch();
        }
        if (markOthersMissing) {
            try (PreparedStatement gone = c.prepareStatement("UPDATE image SET present = 0 WHERE id = ?")) {
                for (int i = 0; i < before.size(); i++) {
                    if (!seen.get(i) && before.isPresent(i)) {
                        gone.setInt(1, i);
                        gone.addBatch();
                        missing.set(i);
                    }
                }
                gone.executeBatch();
            }
        }
        return before.with(next, updates, missing);
    }

    /** The scan found this file as it was: the content hash recorded for it still holds. */
    private static ImageRecord keepHash(ImageRecord found, ImageRecord known) {
        boolean same = found.size() == known.size() && found.mtime() == known.mtime() && found.size() >= 0;
        return found.hash() != null || !same ? found
                : new ImageRecord(found.path(), found.size(), found.mtime(), known.hash());
    }

    /** The hashes that differ from the recorded ones, by image id; empty when there is nothing to write. */
    static Map<Integer, ImageRecord> hashChanges(ImageList before, int[] images, String[] hashes) {
        Map<Integer, ImageRecord> updates = new HashMap<>();
        for (int k = 0; k < images.length; k++) {
            ImageRecord r = before.record(images[k]);
            if (hashes[k] != null && !hashes[k].equals(r.hash())) {
                updates.put(images[k], new ImageRecord(r.path(), r.size(), r.mtime(), hashes[k]));
            }
        }
        return updates;
    }

    /** Writes {@link #hashChanges}. */
    static ImageList recordHashes(Connection c, ImageList before, Map<Integer, ImageRecord> updates)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE image SET hash = ? WHERE id = ?")) {
            for (Map.Entry<Integer, ImageRecord> u : updates.entrySet()) {
                ps.setString(1, u.getValue().hash());
                ps.setInt(2, u.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return before.with(before.size(), updates, before.missingCopy());
    }
}
