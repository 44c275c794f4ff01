package org.silhouette.project;

import org.silhouette.core.FloatMatrix;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The project's last map (the {@code layout} table): coordinates, one row per image id, with a length, an
 * image count and a checksum, so a damaged or outdated one is never trusted. It commits like everything
 * else in the store: {@code store.layout().save(coords)}.
 */
public final class SavedLayout {

    private final ProjectStore store;

    SavedLayout(ProjectStore store) {
        this.store = store;
    }

    /** Saves the map's 2-D (or any-width) coordinates, one row per image, replacing the previous layout. */
    public void save(FloatMatrix coords) {
        synchronized (store) {
            int imageCount = store.snapshot().imageCount();
            if (coords.rows() != imageCount) {
                throw new IllegalArgumentException("layout has " + coords.rows() + " rows for " + imageCount
                        + " images");
            }
            byte[] data = Blobs.ofFloats(coords.data());
            CRC32 crc = new CRC32();
            crc.update(data);
            store.write("saving the layout", () -> {
                try (PreparedStatement ps = store.connection().prepareStatement("INSERT OR REPLACE INTO layout(id,"
                        + " rows, cols, image_count, data, crc32, saved_at) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
                    ps.setInt(1, coords.rows());
                    ps.setInt(2, coords.cols());
                    ps.setInt(3, imageCount);
                    ps.setBytes(4, data);
                    ps.setLong(5, crc.getValue());
                    ps.setString(6, Instant.now().toString());
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    /**
     * The last saved layout, or empty when there is none, when images were added since (it no longer covers
     * them all), or when its length or checksum is off: the caller then computes a fresh one.
     */
    public Optional<FloatMatrix> load() {
        synchronized (store) {
            int imageCount = store.snapshot().imageCount();
            return store.read("reading the layout", () -> {
                try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT rows, cols, image_count, data, crc32 FROM layout WHERE id = 1")) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    int rows = rs.getInt(1);
                    int cols = rs.getInt(2);
                    byte[] data = rs.getBytes(4);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    if (rows != imageCount || rs.getInt(3) != rows || (long) rows * cols * 4 != data.length
                            || crc.getValue() != rs.getLong(5)) {
                        return Optional.empty();
                    }
                    return Optional.of(new FloatMatrix(rows, cols, Blobs.toFloats(data)));
                }
            });
        }
    }
}
