package org.silhouette.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * A Silhouette project: one SQLite database (WAL, {@code synchronous=FULL}) holding the images, labels,
 * assignments, undo history, settings and last layout, inside a project folder whose other files belong
 * to other stages ({@link ProjectPaths}).
 *
 * <p>Every label operation is one transaction that is durably committed before the method returns, so the
 * app may show a change as applied as soon as the call is back. Callers use it from background threads;
 * writes are serialised on the store, while {@link #snapshot()} is a lock-free read of the in-memory
 * mirror of what is committed.
 */
public final class ProjectStore implements AutoCloseable {

    /** How to open a project when another window may already hold it. */
    public enum Access {
        /** Writable, or a {@link UserError} when another window holds the project. */
        READ_WRITE,
        /** Writable if free, else read-only with {@link #readOnlyReason()} saying why. */
        READ_WRITE_ELSE_READ_ONLY,
        /** Read-only, whoever holds it. */
        READ_ONLY
    }

    /**
     * @param historySteps undo steps kept; older ones are dropped
     * @param historyImageEntries total image entries kept across steps (12 bytes each), so repeated bulk
     *     operations on 100k images cannot grow the database without bound; the newest step is always kept
     * @param busyTimeoutMillis how long a write waits for another connection's write lock before it fails
     *     with a "busy" {@link UserError}
     */
    public record Options(Access access, int historySteps, long historyImageEntries, int busyTimeoutMillis) {
        public Options {
            if (access == null) {
                throw new IllegalArgumentException("access is null");
            }
            if (historySteps < 1 || historyImageEntries < 1) {
                throw new IllegalArgumentException("history limits must be positive");
            }
            if (busyTimeoutMillis < 0) {
                throw new IllegalArgumentException("busy timeout must be >= 0");
            }
        }

        public static Options defaults() {
            return new Options(Access.READ_WRITE, 500, 5_000_000L, 5000);
        }

        public Options withAccess(Access a) {
            return new Options(a, historySteps, historyImageEntries, busyTimeoutMillis);
        }

        public Options withHistory(int steps, long imageEntries) {
            return new Options(access, steps, imageEntries, busyTimeoutMillis);
        }

        public Options withBusyTimeout(int millis) {
            return new Options(access, historySteps, historyImageEntries, millis);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT_ABSOLUTE = "image_root";
    private static final String ROOT_RELATIVE = "image_root_relative";

    private final ProjectPaths paths;
    private final Path imageRoot;
    private final Connection conn;
    private final ProjectLock lock;
    private final String readOnlyReason;
    private final History history;
    private final List<Consumer<LabelState>> listeners = new CopyOnWriteArrayList<>();
    private volatile LabelState state;
    private boolean closed;

    private ProjectStore(ProjectPaths paths, Path imageRoot, Connection conn, ProjectLock lock, String readOnlyReason,
            Options options) throws SQLException {
        this.paths = paths;
        this.imageRoot = imageRoot;
        this.conn = conn;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.history = new History(conn, options.historySteps(), options.historyImageEntries());
        reload();
    }

    /** Opens (creating if needed) the default project {@code <imageRoot>/.silhouette}. */
    public static ProjectStore openFolder(Path imageRoot, Options options) {
        return open(ProjectPaths.defaultFor(imageRoot).dir(), imageRoot, options);
    }

    /**
     * Opens (creating if needed) the project in {@code projectDir}.
     *
     * @param imageRoot the image folder; null to use the one the project remembers
     */
    public static ProjectStore open(Path projectDir, Path imageRoot, Options options) {
        ProjectPaths paths = new ProjectPaths(projectDir);
        boolean exists = Files.isRegularFile(paths.database());
        ProjectLock lock = null;
        String readOnlyReason = null;
        if (options.access() == Access.READ_ONLY) {
            readOnlyReason = "The project " + paths.dir() + " was opened read-only.";
        } else {
            createFolder(paths);
            try {
                lock = ProjectLock.tryAcquire(paths);
            } catch (IOException e) {
                throw new UserError("Cannot lock the project " + paths.dir() + ": " + e.getMessage(), e);
            }
            if (lock == null) {
                String holder = ProjectLock.describeHolder(paths);
                if (options.access() == Access.READ_WRITE || !exists) {
                    throw new UserError(holder + "; close that window first.");
                }
                readOnlyReason = holder + "; this window opened it read-only.";
            }
        }
        if (readOnlyReason != null && !exists) {
            throw new UserError("There is no Silhouette project in " + paths.dir() + ".");
        }
        Connection c = null;
        try {
            c = connect(paths, readOnlyReason != null, options.busyTimeoutMillis());
            if (readOnlyReason == null) {
                Schema.migrate(c, paths.database());
            } else if (Schema.checkNotNewer(c, paths.database()) < Schema.CURRENT) {
                throw new UserError("The project " + paths.dir() + " needs upgrading; open it once where it is not "
                        + "open elsewhere.");
            }
            quickCheck(c, paths);
            Path root = imageRoot(c, paths, imageRoot, readOnlyReason == null);
            return new ProjectStore(paths, root, c, lock, readOnlyReason, options);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c, lock, e);
            if (e instanceof SQLException s) {
                throw Sql.wrap(s, paths.database(), "opening the project");
            }
            throw (RuntimeException) e;
        }
    }

    private static void createFolder(ProjectPaths paths) {
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
        return DriverManager.getConnection(url(paths.database()), cfg.toProperties());
    }

    /** A URI filename, percent-encoded, so '?', '#' or '%' in a folder name are not read as URI syntax. */
    static String url(Path db) {
        return "jdbc:sqlite:file:" + db.toAbsolutePath().toUri().getRawPath();
    }

    private static void quickCheck(Connection c, ProjectPaths paths) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String first = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(first)) {
                throw new UserError("The project database " + paths.database() + " is damaged (" + first
                        + "); restore it from a backup or move the project folder away to start afresh.");
            }
        }
    }

    private static Path imageRoot(Connection c, ProjectPaths paths, Path given, boolean writable) throws SQLException {
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

    private static void closeQuietly(Connection c, ProjectLock lock, Exception cause) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        try {
            if (lock != null) {
                lock.close();
            }
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    // ---------------------------------------------------------------- what it is

    public ProjectPaths paths() {
        return paths;
    }

    public Path imageRoot() {
        return imageRoot;
    }

    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Why this window cannot write, for a banner; empty when it can. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** The committed labels; cheap, lock-free, safe from any thread. */
    public LabelState snapshot() {
        return state;
    }

    /** The committed images; the same list as {@code snapshot().images()}. */
    public ImageList images() {
        return state.images();
    }

    /** Where image {@code i} lives on disk. */
    public Path imageFile(int i) {
        return RelativePaths.resolve(imageRoot, images().path(i));
    }

    /** Called with each newly committed state, on the thread that committed it. */
    public void addListener(Consumer<LabelState> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<LabelState> listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- images

    /**
     * Adds the images a scan found and updates size/mtime/hash of known ones.
     *
     * @param markOthersMissing whether images not in {@code found} are marked not present (a full rescan)
     * @return the index of each record, in order
     */
    public int[] syncImages(List<ImageRecord> found, boolean markOthersMissing) {
        int[] result = new int[found.size()];
        LabelState published;
        synchronized (this) {
            ImageList before = state.images();
            ImageList after = write("recording the images", () -> {
                Map<Integer, ImageRecord> updates = new HashMap<>();
                Map<String, Integer> added = new HashMap<>();
                BitSet seen = new BitSet();
                BitSet missing = before.missingCopy();
                int next = before.size();
                try (PreparedStatement ins = conn.prepareStatement(
                        "INSERT INTO image(id, path, size, mtime, hash, present) VALUES (?, ?, ?, ?, ?, 1)");
                        PreparedStatement upd = conn.prepareStatement(
                                "UPDATE image SET size = ?, mtime = ?, hash = ?, present = 1 WHERE id = ?")) {
                    for (int k = 0; k < found.size(); k++) {
                        ImageRecord r = found.get(k);
                        int i = before.indexOf(r.path());
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
                        result[k] = i;
                    }
                    ins.executeBatch();
                    upd.executeBatch();
                }
                if (markOthersMissing) {
                    try (PreparedStatement gone = conn.prepareStatement("UPDATE image SET present = 0 WHERE id = ?")) {
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
            });
            published = state.withImages(after);
            state = published;
        }
        notifyListeners(published);
        return result;
    }

    // ---------------------------------------------------------------- label operations

    /** Gives every image in {@code images} the label {@code labelId} (number keys, the label panel). */
    public LabelState assign(int[] images, int labelId) {
        return perform("labelling images", b -> LabelOps.assign(b, images, labelId));
    }

    /** Gives each image its own label, e.g. accepting suggestions; one undo step. */
    public LabelState assignEach(int[] images, int[] labelIds) {
        return perform("labelling images", b -> LabelOps.assignEach(b, images, labelIds));
    }

    /** Removes the label from each image (Backspace). */
    public LabelState unassign(int[] images) {
        return perform("removing labels", b -> LabelOps.unassign(b, images));
    }

    /** A new label with the next palette colour, placed last in the panel. */
    public LabelInfo createLabel(String name) {
        return createLabel(name, null);
    }

    public LabelInfo createLabel(String name, Integer colour) {
        LabelInfo[] created = new LabelInfo[1];
        perform("creating a label", b -> LabelOps.create(b, name, colour, created));
        return created[0];
    }

    public LabelState renameLabel(int id, String name) {
        return perform("renaming a label", b -> LabelOps.rename(b, id, name));
    }

    public LabelState recolourLabel(int id, int rgb) {
        return perform("recolouring a label", b -> LabelOps.recolour(b, id, rgb));
    }

    /** Moves every image of {@code from} to {@code into} and deletes {@code from}. */
    public LabelState mergeLabels(int from, int into) {
        return perform("merging labels", b -> LabelOps.merge(b, from, into));
    }

    /** Deletes a label; its images become unlabelled. */
    public LabelState deleteLabel(int id) {
        return perform("deleting a label", b -> LabelOps.delete(b, id));
    }

    /** Moves a label to {@code index} in the panel order. */
    public LabelState moveLabel(int id, int index) {
        return perform("reordering labels", b -> LabelOps.move(b, id, index));
    }

    /** Gives each image the label of that name, creating missing labels; one undo step. */
    public LabelState assignNamed(int[] images, String[] names, String description) {
        return perform("labelling images", b -> LabelOps.assignNamed(b, images, names, description));
    }

    /** Undoes the last step (Ctrl+Z); false when there is nothing to undo. */
    public boolean undo() {
        return replay("undoing", true);
    }

    /** Redoes the last undone step (Ctrl+Shift+Z); false when there is nothing to redo. */
    public boolean redo() {
        return replay("redoing", false);
    }

    private LabelState perform(String doing, Function<ChangeBuilder, String> op) {
        LabelState published;
        synchronized (this) {
            LabelState base = state;
            published = write(doing, () -> {
                ChangeBuilder b = new ChangeBuilder(base, nextLabelId());
                Change change = b.build(op.apply(b));
                if (change.isEmpty()) {
                    return null;
                }
                applyToDatabase(change);
                history.record(change);
                return base.with(change, history.undoDescription(), history.redoDescription());
            });
            if (published == null) {
                return base;
            }
            state = published;
        }
        notifyListeners(published);
        return published;
    }

    private boolean replay(String doing, boolean undo) {
        LabelState published;
        synchronized (this) {
            LabelState base = state;
            published = write(doing, () -> {
                Change change = undo ? history.popUndo() : history.popRedo();
                if (change == null) {
                    return null;
                }
                base.checkIsBefore(change);
                applyToDatabase(change);
                return base.with(change, history.undoDescription(), history.redoDescription());
            });
            if (published == null) {
                return false;
            }
            state = published;
        }
        notifyListeners(published);
        return true;
    }

    private int nextLabelId() throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'label'), 0),"
                        + " coalesce((SELECT max(id) FROM label), 0)) + 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Labels that exist afterwards first, then assignments, then labels that go: no foreign key breaks. */
    private void applyToDatabase(Change change) throws SQLException {
        try (PreparedStatement ins = conn.prepareStatement(
                "INSERT INTO label(id, name, colour, position) VALUES (?, ?, ?, ?)");
                PreparedStatement upd = conn.prepareStatement(
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
        try (PreparedStatement del = conn.prepareStatement("DELETE FROM assignment WHERE image_id = ?");
                PreparedStatement put = conn.prepareStatement(
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
        try (PreparedStatement del = conn.prepareStatement("DELETE FROM label WHERE id = ?")) {
            for (LabelDelta d : change.labels()) {
                if (d.after() == null) {
                    del.setInt(1, d.id());
                    del.executeUpdate();
                }
            }
        }
    }

    // ---------------------------------------------------------------- settings and layout

    /** A setting's JSON value, if set. */
    public synchronized Optional<JsonNode> setting(String key) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(JSON.readTree(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.wrap(e, paths.database(), "reading a setting");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("setting '" + key + "' holds invalid JSON", e);
        }
    }

    public synchronized void putSetting(String key, JsonNode value) {
        String text;
        try {
            text = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value for '" + key + "' cannot be written as JSON", e);
        }
        write("saving a setting", () -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, text);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public synchronized void removeSetting(String key) {
        write("removing a setting", () -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Saves the map's 2-D (or any-width) coordinates, one row per image, replacing the previous layout. */
    public synchronized void saveLayout(FloatMatrix coords) {
        int imageCount = state.imageCount();
        if (coords.rows() != imageCount) {
            throw new IllegalArgumentException("layout has " + coords.rows() + " rows for " + imageCount + " images");
        }
        byte[] data = Blobs.ofFloats(coords.data());
        CRC32 crc = new CRC32();
        crc.update(data);
        write("saving the layout", () -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO layout(id, rows, cols, image_count,"
                    + " data, crc32, saved_at) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
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

    /**
     * The last saved layout, or empty when there is none, when images were added since (it no longer covers
     * them all), or when its length or checksum is off: the caller then computes a fresh one.
     */
    public synchronized Optional<FloatMatrix> loadLayout() {
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT rows, cols, image_count, data, crc32 FROM layout WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            int rows = rs.getInt(1);
            int cols = rs.getInt(2);
            byte[] data = rs.getBytes(4);
            CRC32 crc = new CRC32();
            crc.update(data);
            if (rows != state.imageCount() || rs.getInt(3) != rows || (long) rows * cols * 4 != data.length
                    || crc.getValue() != rs.getLong(5)) {
                return Optional.empty();
            }
            return Optional.of(new FloatMatrix(rows, cols, Blobs.toFloats(data)));
        } catch (SQLException e) {
            throw Sql.wrap(e, paths.database(), "reading the layout");
        }
    }

    // ---------------------------------------------------------------- checks and lifecycle

    /** SQLite's integrity and foreign-key checks; empty when the database is sound. */
    public synchronized List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        try (Statement st = conn.createStatement()) {
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
        } catch (SQLException e) {
            throw Sql.wrap(e, paths.database(), "checking the database");
        }
        return problems;
    }

    /** A connection-level setting as SQLite reports it, for tests ({@code synchronous}, {@code journal_mode}...). */
    synchronized String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException(name);
        }
        return read(() -> {
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    public synchronized int undoDepth() {
        return read(history::undoDepth);
    }

    public synchronized int redoDepth() {
        return read(history::redoDepth);
    }

    /** Rereads everything from the database; a read-only window calls it to see the writer's changes. */
    public void refresh() {
        synchronized (this) {
            try {
                reload();
            } catch (SQLException e) {
                throw Sql.wrap(e, paths.database(), "rereading the project");
            }
        }
        notifyListeners(state);
    }

    private void reload() throws SQLException {
        List<String> p = new ArrayList<>();
        List<long[]> sm = new ArrayList<>();
        List<String> h = new ArrayList<>();
        BitSet missing = new BitSet();
        try (Statement st = conn.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, path, size, mtime, hash, present FROM image ORDER BY id")) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    if (id != p.size()) {
                        throw new UserError("The project database " + paths.database() + " is damaged (image ids are"
                                + " not contiguous at " + id + ").");
                    }
                    p.add(rs.getString(2));
                    sm.add(new long[] {rs.getLong(3), rs.getLong(4)});
                    h.add(rs.getString(5));
                    if (rs.getInt(6) == 0) {
                        missing.set(id);
                    }
                }
            }
            long[] sizes = sm.stream().mapToLong(a -> a[0]).toArray();
            long[] mtimes = sm.stream().mapToLong(a -> a[1]).toArray();
            ImageList list = new ImageList(p.toArray(String[]::new), sizes, mtimes, h.toArray(String[]::new), missing);
            List<LabelInfo> labels = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id, name, colour, position FROM label")) {
                while (rs.next()) {
                    labels.add(new LabelInfo(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
            int[] labelOf = new int[list.size()];
            Arrays.fill(labelOf, LabelState.NONE);
            try (ResultSet rs = st.executeQuery("SELECT image_id, label_id FROM assignment")) {
                while (rs.next()) {
                    labelOf[rs.getInt(1)] = rs.getInt(2);
                }
            }
            state = new LabelState(list, labelOf, labels, history.undoDescription(), history.redoDescription());
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            conn.close();
        } catch (SQLException e) {
            throw Sql.wrap(e, paths.database(), "closing the project");
        } finally {
            if (lock != null) {
                try {
                    lock.close();
                } catch (IOException ignored) {
                    // the OS drops the lock with the process anyway
                }
            }
        }
    }

    private void notifyListeners(LabelState s) {
        for (Consumer<LabelState> l : listeners) {
            l.accept(s);
        }
    }

    private <T> T write(String doing, Tx.Work<T> work) {
        if (readOnlyReason != null) {
            throw new UserError(readOnlyReason + " Nothing was changed.");
        }
        checkOpen();
        try {
            return Tx.run(conn, work);
        } catch (SQLException e) {
            throw Sql.wrap(e, paths.database(), doing);
        }
    }

    private <T> T read(Tx.Work<T> work) {
        checkOpen();
        try {
            return work.run();
        } catch (SQLException e) {
            throw Sql.wrap(e, paths.database(), "reading the project");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the project store is closed");
        }
    }
}
