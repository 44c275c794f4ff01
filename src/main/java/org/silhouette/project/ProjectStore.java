package org.silhouette.project;

import org.silhouette.core.UserError;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Silhouette project: one SQLite database (WAL, {@code synchronous=FULL}) holding the images, labels,
 * assignments, undo history, settings and last layout, inside a project folder whose other files belong
 * to other stages ({@link ProjectPaths}).
 *
 * <p>Every label operation is one transaction that is durably committed before the method returns, so the
 * app may show a change as applied as soon as the call is back. Callers use it from background threads;
 * writes are serialised on the store, while {@link #snapshot()} is a lock-free read of the in-memory
 * mirror of what is committed.
 *
 * <p>The store owns the transactions, the in-memory mirror and its listeners; the SQL of each part of the
 * schema lives beside it: {@link ProjectDatabase} (connecting, {@link Schema} and its migrations),
 * {@link ImageTable}, {@link LabelTable} with {@link History}, and {@link SavedLayout} and {@link Settings}.
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

    private final ProjectPaths paths;
    private final Path imageRoot;
    private final Connection conn;
    private final ProjectLock.Held held;
    private final History history;
    private final List<Consumer<LabelState>> listeners = new CopyOnWriteArrayList<>();
    private final SavedLayout layout = new SavedLayout(this);
    private final Settings settings = new Settings(this);
    private volatile LabelState state;
    private boolean closed;
    private String openWarning;

    private ProjectStore(ProjectPaths paths, Path imageRoot, Connection conn, ProjectLock.Held held, Options options)
            throws SQLException {
        this.paths = paths;
        this.imageRoot = imageRoot;
        this.conn = conn;
        this.held = held;
        this.history = new History(conn, options.historySteps(), options.historyImageEntries());
        reload();
    }

    /** Opens (creating if needed) the default project {@code <imageRoot>/.silhouette}. */
    public static ProjectStore openFolder(Path imageRoot, Options options) {
        return open(ProjectPaths.defaultFor(imageRoot).dir(), imageRoot, options);
    }

    /** Opens (creating if needed) the project in {@code projectDir}; a null {@code imageRoot} uses the one it remembers. */
    public static ProjectStore open(Path projectDir, Path imageRoot, Options options) {
        ProjectPaths paths = new ProjectPaths(projectDir);
        ProjectLock.Held held = ProjectLock.hold(paths, options.access());
        Connection c = null;
        WalLoss.Found lost = null;
        try {
            lost = held.readOnlyReason() == null ? WalLoss.check(paths) : null;
            c = ProjectDatabase.open(paths, held.readOnlyReason() != null, options.busyTimeoutMillis());
            Path root = ProjectDatabase.imageRoot(c, paths, imageRoot, held.readOnlyReason() == null);
            ProjectStore store = new ProjectStore(paths, root, c, held, options);
            store.openWarning = lost == null ? null : lost.describe(paths.database(), store.snapshot().labelledCount());
            return store;
        } catch (SQLException | RuntimeException e) {
            ProjectDatabase.closeQuietly(c, e);
            held.releaseQuietly(e);
            RuntimeException r = e instanceof SQLException s ? Sql.wrap(s, paths.database(), "opening the project")
                    : (RuntimeException) e;
            throw lost == null ? r : lost.annotate(r);
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
        return held.readOnlyReason() != null;
    }

    /** Something found on opening that the user must hear of (a lost write-ahead log); empty when all was well. */
    public Optional<String> openWarning() {
        return Optional.ofNullable(openWarning);
    }

    /** Why this window cannot write, for a banner; empty when it can. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(held.readOnlyReason());
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

    // ---------------------------------------------------------------- images

    /**
     * Adds the images a scan found and updates size/mtime/hash of known ones. A record without a hash keeps
     * the stored one while its size and modification time are unchanged; otherwise the hash is forgotten.
     *
     * @param markOthersMissing whether images not in {@code found} are marked not present (a full rescan)
     * @return the index of each record, in order
     */
    public int[] syncImages(List<ImageRecord> found, boolean markOthersMissing) {
        int[] result = new int[found.size()];
        commit("recording the images", base -> () -> base.withImages(ImageTable.sync(conn, base.images(), found,
                markOthersMissing, result)));
        return result;
    }

    /**
     * Records the content hash of images (null leaves one unchanged); one transaction. Listeners are not
     * told: hashes are bookkeeping that nothing they show depends on, and {@link #snapshot()} has them.
     */
    public synchronized void recordHashes(int[] images, String[] hashes) {
        ImageList before = state.images();
        Map<Integer, ImageRecord> updates = ImageTable.hashChanges(before, images, hashes);
        if (!updates.isEmpty()) {
            ImageList after = write("recording the images' content", () -> ImageTable.recordHashes(conn, before,
                    updates));
            state = state.withImages(after);
        }
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
        LabelState[] base = new LabelState[1];
        LabelState published = commit(doing, s -> {
            base[0] = s;
            return () -> LabelTable.perform(conn, history, s, op);
        });
        return published != null ? published : base[0];
    }

    private boolean replay(String doing, boolean undo) {
        return commit(doing, base -> () -> LabelTable.replay(conn, history, base, undo)) != null;
    }

    /**
     * One transaction that derives the next state from the committed one, then publishes it to the mirror
     * and the listeners; null, and nothing published, when the transaction had nothing to change.
     */
    private LabelState commit(String doing, Function<LabelState, Tx.Work<LabelState>> change) {
        LabelState published;
        synchronized (this) {
            published = write(doing, change.apply(state));
            if (published == null) {
                return null;
            }
            state = published;
        }
        notifyListeners(published);
        return published;
    }

    // ---------------------------------------------------------------- settings and layout

    /** The last map, saved with the labels. */
    public SavedLayout layout() {
        return layout;
    }

    /** The user's settings kept in the project. */
    public Settings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- checks and lifecycle

    /** SQLite's integrity and foreign-key checks; empty when the database is sound. */
    public synchronized List<String> integrityProblems() {
        return read("checking the database", () -> ProjectDatabase.integrityProblems(conn));
    }

    /** A connection-level setting as SQLite reports it, for tests ({@code synchronous}, {@code journal_mode}...). */
    synchronized String pragma(String name) {
        return read("reading the project", () -> ProjectDatabase.pragma(conn, name));
    }

    public synchronized int undoDepth() {
        return read("reading the project", history::undoDepth);
    }

    public synchronized int redoDepth() {
        return read("reading the project", history::redoDepth);
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
        state = LabelTable.read(conn, ImageTable.read(conn, paths.database()), history);
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
            held.release();
        }
    }

    private void notifyListeners(LabelState s) {
        for (Consumer<LabelState> l : listeners) {
            l.accept(s);
        }
    }

    /** One transaction; refused in a read-only window, and a failure a person can act on is a UserError. */
    <T> T write(String doing, Tx.Work<T> work) {
        if (held.readOnlyReason() != null) {
            throw new UserError(held.readOnlyReason() + " Nothing was changed.");
        }
        checkOpen();
        try {
            return Tx.run(conn, work);
        } catch (SQLException e) {
            throw Sql.wrap(e, paths.database(), doing);
        }
    }

    <T> T read(String doing, Tx.Work<T> work) {
        checkOpen();
        try {
            return work.run();
        } catch (SQLException e) {
            throw Sql.wrap(e, paths.database(), doing);
        }
    }

    /** The connection, for the parts of the store that write beside it; only under the store's lock. */
    Connection connection() {
        return conn;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the project store is closed");
        }
    }
}
