package org.silhouette.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;
import org.silhouette.harness.stress.RawDb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectStoreTest {

    static ProjectStore newStore(Path dir, int images) {
        ProjectStore s = ProjectStore.open(dir.resolve("project"), dir.resolve("images"), ProjectStore.Options.defaults());
        List<ImageRecord> recs = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            recs.add(ImageRecord.of("d" + (i % 3) + "/img" + i + ".jpg"));
        }
        s.syncImages(recs, false);
        return s;
    }

    /** The mirror must equal what plain JDBC reads back from the file. */
    static void assertMirrorMatchesDb(ProjectStore s) {
        assertEquals(RawDb.read(s.paths().database()), RawDb.of(s.snapshot()));
    }

    /** Runs {@code op}, then checks undo restores the exact prior state and redo the exact later one. */
    static void assertRoundTrip(ProjectStore s, Runnable op) {
        RawDb before = RawDb.of(s.snapshot());
        op.run();
        assertMirrorMatchesDb(s);
        RawDb after = RawDb.of(s.snapshot());
        assertNotEquals(before, after, "the operation changed nothing");
        assertTrue(s.undo());
        assertMirrorMatchesDb(s);
        assertEquals(before, RawDb.of(s.snapshot()));
        assertTrue(s.redo());
        assertMirrorMatchesDb(s);
        assertEquals(after, RawDb.of(s.snapshot()));
    }

    @Test
    void everyLabelOperationUndoesAndRedoesExactly(@TempDir Path dir) {
        try (ProjectStore s = newStore(dir, 50)) {
            int[] cat = {0};
            int[] dog = {0};
            assertRoundTrip(s, () -> cat[0] = s.createLabel("cat").id());
            assertRoundTrip(s, () -> dog[0] = s.createLabel("dog", 0x123456).id());
            int[] many = IntStream.range(0, 30).toArray();
            assertRoundTrip(s, () -> s.assign(many, cat[0]));
            assertRoundTrip(s, () -> s.assign(new int[] {5, 6, 40, 41}, dog[0]));
            assertRoundTrip(s, () -> s.unassign(new int[] {0, 1, 2, 45}));
            assertRoundTrip(s, () -> s.assignEach(new int[] {0, 1, 2}, new int[] {dog[0], cat[0], dog[0]}));
            assertRoundTrip(s, () -> s.renameLabel(cat[0], "kitten"));
            assertRoundTrip(s, () -> s.recolourLabel(dog[0], 0xff0000));
            assertRoundTrip(s, () -> s.moveLabel(dog[0], 0));
            assertRoundTrip(s, () -> s.assignNamed(new int[] {46, 47, 48}, new String[] {"bird", "kitten", "bird"},
                    "Import"));
            assertRoundTrip(s, () -> s.mergeLabels(dog[0], cat[0]));
            assertRoundTrip(s, () -> s.deleteLabel(cat[0]));
            assertEquals(0, s.integrityProblems().size());
        }
    }

    @Test
    void operationsDoWhatTheySay(@TempDir Path dir) {
        try (ProjectStore s = newStore(dir, 10)) {
            LabelInfo a = s.createLabel("a");
            LabelInfo b = s.createLabel("b");
            assertEquals(List.of("a", "b"), s.snapshot().labels().stream().map(LabelInfo::name).toList());
            s.assign(new int[] {0, 1, 2}, a.id());
            s.assign(new int[] {3, 4}, b.id());
            s.mergeLabels(a.id(), b.id());
            LabelState st = s.snapshot();
            assertArrayEquals(new int[] {0, 1, 2, 3, 4}, st.imagesWith(b.id()));
            assertTrue(st.label(a.id()).isEmpty());
            assertEquals("Merge 'a' into 'b'", st.undoDescription().orElseThrow());
            s.deleteLabel(b.id());
            assertEquals(0, s.snapshot().labelledCount());
            assertTrue(s.snapshot().labels().isEmpty());
            // Undo the delete and then the merge: 'a' comes back with its id, colour, place and images.
            s.undo();
            s.undo();
            assertEquals(a, s.snapshot().label(a.id()).orElseThrow());
            assertArrayEquals(new int[] {0, 1, 2}, s.snapshot().imagesWith(a.id()));
            assertArrayEquals(new int[] {3, 4}, s.snapshot().imagesWith(b.id()));
        }
    }

    @Test
    void bulkAssignOfTenThousandImagesIsOneStep(@TempDir Path dir) {
        try (ProjectStore s = newStore(dir, 10_000)) {
            LabelInfo l = s.createLabel("all");
            int[] every = IntStream.range(0, 10_000).toArray();
            s.assign(every, l.id());
            assertEquals(10_000, s.snapshot().labelledCount());
            assertEquals("Label 10000 images 'all'", s.snapshot().undoDescription().orElseThrow());
            assertTrue(s.undo());
            assertEquals(0, s.snapshot().labelledCount());
            assertEquals("Create label 'all'", s.snapshot().undoDescription().orElseThrow());
            assertMirrorMatchesDb(s);
        }
    }

    @Test
    void aNewOperationClearsTheRedoBranch(@TempDir Path dir) {
        try (ProjectStore s = newStore(dir, 5)) {
            LabelInfo a = s.createLabel("a");
            s.assign(new int[] {0}, a.id());
            s.assign(new int[] {1}, a.id());
            s.undo();
            s.undo();
            assertEquals(2, s.redoDepth());
            s.assign(new int[] {2}, a.id());
            assertFalse(s.snapshot().canRedo());
            assertFalse(s.redo());
            assertEquals(0, s.redoDepth());
            assertArrayEquals(new int[] {2}, s.snapshot().imagesWith(a.id()));
        }
    }

    @Test
    void undoAndRedoOnAnEmptyHistoryAreHarmless(@TempDir Path dir) {
        try (ProjectStore s = newStore(dir, 3)) {
            assertFalse(s.undo());
            assertFalse(s.redo());
            LabelInfo a = s.createLabel("a");
            assertTrue(s.undo());
            assertFalse(s.undo());
            assertTrue(s.redo());
            assertFalse(s.redo());
            assertEquals(a, s.snapshot().label(a.id()).orElseThrow());
        }
    }

    @Test
    void anOperationThatChangesNothingLeavesNoUndoStep(@TempDir Path dir) {
        try (ProjectStore s = newStore(dir, 5)) {
            LabelInfo a = s.createLabel("a");
            s.assign(new int[] {0, 1}, a.id());
            int depth = s.undoDepth();
            s.assign(new int[] {0, 1}, a.id());
            s.unassign(new int[] {3, 4});
            s.renameLabel(a.id(), "a");
            s.recolourLabel(a.id(), a.colour());
            assertEquals(depth, s.undoDepth());
        }
    }

    @Test
    void labelIdsAreNeverReused(@TempDir Path dir) {
        try (ProjectStore s = newStore(dir, 3)) {
            LabelInfo a = s.createLabel("a");
            s.undo();
            LabelInfo b = s.createLabel("b");
            assertTrue(b.id() > a.id());
            s.deleteLabel(b.id());
            LabelInfo c = s.createLabel("c");
            assertTrue(c.id() > b.id());
        }
    }

    @Test
    void everythingSurvivesReopeningIncludingHistory(@TempDir Path dir) {
        RawDb expected;
        LabelInfo a;
        try (ProjectStore s = newStore(dir, 20)) {
            a = s.createLabel("a, with \"quotes\"");
            LabelInfo b = s.createLabel("日本語");
            s.assign(new int[] {1, 2, 3}, a.id());
            s.assign(new int[] {4, 5}, b.id());
            s.mergeLabels(b.id(), a.id());
            s.undo();
            expected = RawDb.of(s.snapshot());
        }
        try (ProjectStore s = ProjectStore.open(dir.resolve("project"), null, ProjectStore.Options.defaults())) {
            assertEquals(dir.resolve("images").toAbsolutePath().normalize(), s.imageRoot());
            assertEquals(20, s.images().size());
            assertEquals("d1/img4.jpg", s.images().path(4));
            assertEquals(expected, RawDb.of(s.snapshot()));
            assertEquals("Label 2 images '日本語'", s.snapshot().undoDescription().orElseThrow());
            assertEquals("Merge '日本語' into 'a, with \"quotes\"'", s.snapshot().redoDescription().orElseThrow());
            assertTrue(s.redo());
            assertArrayEquals(new int[] {1, 2, 3, 4, 5}, s.snapshot().imagesWith(a.id()));
            // Undo all the way back to the empty project, across the restart.
            int undone = 0;
            while (s.undo()) {
                undone++;
            }
            assertEquals(5, undone);
            assertEquals(0, s.snapshot().labels().size());
            assertMirrorMatchesDb(s);
        }
    }

    @Test
    void theDatabaseIsWalWithFullSyncAndVersioned(@TempDir Path dir) throws Exception {
        try (ProjectStore s = newStore(dir, 1)) {
            s.createLabel("a");
            assertEquals("2", s.pragma("synchronous"), "FULL: the WAL is synced at every commit");
            assertEquals("wal", s.pragma("journal_mode"));
            assertEquals("1", s.pragma("foreign_keys"));
            assertEquals("5000", s.pragma("busy_timeout"));
        }
        try (Connection c = DriverManager.getConnection(ProjectDatabase.url(dir.resolve("project/project.db")));
                Statement st = c.createStatement()) {
            var rs = st.executeQuery("PRAGMA journal_mode");
            rs.next();
            assertEquals("wal", rs.getString(1));
            rs = st.executeQuery("PRAGMA user_version");
            rs.next();
            assertEquals(Schema.CURRENT, rs.getInt(1));
        }
    }

    @Test
    void aProjectFromANewerVersionIsRefusedClearly(@TempDir Path dir) throws Exception {
        newStore(dir, 1).close();
        try (Connection c = DriverManager.getConnection(ProjectDatabase.url(dir.resolve("project/project.db")));
                Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        UserError e = assertThrows(UserError.class,
                () -> ProjectStore.open(dir.resolve("project"), null, ProjectStore.Options.defaults()));
        assertTrue(e.getMessage().contains("newer Silhouette") && e.getMessage().contains("99"), e.getMessage());
        // The refusal released the lock: with the version put back, the project opens.
        try (Connection c = DriverManager.getConnection(ProjectDatabase.url(dir.resolve("project/project.db")));
                Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + Schema.CURRENT);
        }
        ProjectStore.open(dir.resolve("project"), null, ProjectStore.Options.defaults()).close();
    }

    @Test
    void aWriteLockHeldElsewhereIsABusyUserErrorAndChangesNothing(@TempDir Path dir) throws Exception {
        ProjectStore.Options quick = ProjectStore.Options.defaults().withBusyTimeout(200);
        try (ProjectStore s = ProjectStore.open(dir.resolve("p"), dir, quick)) {
            s.syncImages(List.of(ImageRecord.of("a.jpg")), false);
            LabelInfo a = s.createLabel("a");
            try (Connection other = DriverManager.getConnection(ProjectDatabase.url(s.paths().database()));
                    Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE"); // e.g. someone poking the file with the sqlite3 shell
                UserError e = assertThrows(UserError.class, () -> s.assign(new int[] {0}, a.id()));
                assertTrue(e.getMessage().contains("busy") && e.getMessage().contains("did not happen"), e.getMessage());
                assertEquals(LabelState.NONE, s.snapshot().labelOf(0), "nothing shown as applied");
                st.execute("ROLLBACK");
            }
            s.assign(new int[] {0}, a.id());
            assertEquals(a.id(), s.snapshot().labelOf(0));
            assertMirrorMatchesDb(s);
        }
    }

    @Test
    void aDamagedDatabaseFileIsAOneLineUserError(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        Files.createDirectories(project);
        Files.write(project.resolve("project.db"), "this is not a database at all, just some text".repeat(50).getBytes());
        UserError e = assertThrows(UserError.class,
                () -> ProjectStore.open(project, dir, ProjectStore.Options.defaults()));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void badLabelRequestsAreUserErrorsAndChangeNothing(@TempDir Path dir) {
        try (ProjectStore s = newStore(dir, 5)) {
            LabelInfo a = s.createLabel("a");
            LabelInfo b = s.createLabel("b");
            RawDb before = RawDb.of(s.snapshot());
            int depth = s.undoDepth();
            assertThrows(UserError.class, () -> s.createLabel("a"));
            assertThrows(UserError.class, () -> s.createLabel("  "));
            assertThrows(UserError.class, () -> s.createLabel("tab\there"));
            assertThrows(UserError.class, () -> s.createLabel("nul\0"));
            assertThrows(UserError.class, () -> s.createLabel("x".repeat(201)));
            assertThrows(UserError.class, () -> s.renameLabel(a.id(), "b"));
            assertThrows(UserError.class, () -> s.mergeLabels(a.id(), a.id()));
            assertThrows(UserError.class, () -> s.assign(new int[] {0}, 999));
            assertThrows(IllegalArgumentException.class, () -> s.assign(new int[] {0, 5}, b.id()));
            assertEquals(before, RawDb.of(s.snapshot()));
            assertMirrorMatchesDb(s);
            assertEquals(depth, s.undoDepth());
            assertEquals("a b", s.createLabel("  a b  ").name(), "names are stripped");
        }
    }

    @Test
    void historyIsTrimmedToItsLimits(@TempDir Path dir) {
        ProjectStore.Options opts = ProjectStore.Options.defaults().withHistory(3, 1_000_000);
        try (ProjectStore s = ProjectStore.open(dir.resolve("p"), dir, opts)) {
            s.syncImages(List.of(ImageRecord.of("a.jpg"), ImageRecord.of("b.jpg")), false);
            LabelInfo x = s.createLabel("x");
            s.assign(new int[] {0}, x.id());
            s.assign(new int[] {1}, x.id());
            s.unassign(new int[] {0});
            s.unassign(new int[] {1});
            assertEquals(3, s.undoDepth());
            assertTrue(s.undo());
            assertTrue(s.undo());
            assertTrue(s.undo());
            assertFalse(s.undo(), "older steps were trimmed");
            assertArrayEquals(new int[] {0}, s.snapshot().imagesWith(x.id()));
            assertTrue(s.redo());
        }
        ProjectStore.Options few = ProjectStore.Options.defaults().withHistory(100, 3);
        try (ProjectStore s = ProjectStore.open(dir.resolve("q"), dir, few)) {
            s.syncImages(IntStream.range(0, 10).mapToObj(i -> ImageRecord.of(i + ".jpg")).toList(), false);
            LabelInfo x = s.createLabel("x");
            s.assign(new int[] {0, 1}, x.id());
            s.assign(new int[] {2, 3, 4, 5, 6}, x.id());
            assertEquals(1, s.undoDepth(), "the newest step is kept even when it alone is over the limit");
        }
    }

    @Test
    void imagesKeepTheirIndicesAndMissingOnesAreMarked(@TempDir Path dir) {
        try (ProjectStore s = ProjectStore.open(dir.resolve("p"), dir, ProjectStore.Options.defaults())) {
            int[] first = s.syncImages(List.of(ImageRecord.of("a.jpg"), ImageRecord.of("sub/b c.jpg"),
                    ImageRecord.of("ö/ü.png")), false);
            assertArrayEquals(new int[] {0, 1, 2}, first);
            LabelInfo l = s.createLabel("l");
            s.assign(new int[] {2}, l.id());
            int[] second = s.syncImages(List.of(new ImageRecord("ö/ü.png", 10, 20, "h"), ImageRecord.of("new.jpg"),
                    ImageRecord.of("new.jpg")), true);
            assertArrayEquals(new int[] {2, 3, 3}, second);
            ImageList images = s.images();
            assertEquals(4, images.size());
            assertFalse(images.isPresent(0));
            assertFalse(images.isPresent(1));
            assertTrue(images.isPresent(2));
            assertEquals(new ImageRecord("ö/ü.png", 10, 20, "h"), images.record(2));
            assertEquals(4, s.snapshot().imageCount());
            assertEquals(l.id(), s.snapshot().labelOf(2));
            assertEquals(dir.toAbsolutePath().resolve("sub").resolve("b c.jpg"), s.imageFile(1));
        }
        try (ProjectStore s = ProjectStore.open(dir.resolve("p"), null, ProjectStore.Options.defaults())) {
            assertFalse(s.images().isPresent(0));
            assertEquals(3, s.images().indexOf("new.jpg"));
            assertEquals(-1, s.images().indexOf("nope.jpg"));
        }
    }

    @Test
    void aRecordedHashHoldsWhileTheFileIsUnchangedAndIsForgottenWhenItChanges(@TempDir Path dir) {
        try (ProjectStore s = ProjectStore.open(dir.resolve("p"), dir, ProjectStore.Options.defaults())) {
            s.syncImages(List.of(new ImageRecord("a.jpg", 10, 20, null), new ImageRecord("b.jpg", 11, 21, null)), true);
            s.recordHashes(new int[] {0, 1}, new String[] {"ha", null});
            assertEquals("ha", s.images().record(0).hash());
            assertEquals(null, s.images().record(1).hash(), "null leaves a hash as it was");
            s.syncImages(List.of(new ImageRecord("a.jpg", 10, 20, null), new ImageRecord("b.jpg", 11, 21, null)), true);
            assertEquals("ha", s.images().record(0).hash(), "a rescan of the same file keeps its hash");
        }
        try (ProjectStore s = ProjectStore.open(dir.resolve("p"), null, ProjectStore.Options.defaults())) {
            assertEquals("ha", s.images().record(0).hash(), "recorded durably");
            s.syncImages(List.of(new ImageRecord("a.jpg", 10, 99, null)), true);
            assertEquals(new ImageRecord("a.jpg", 10, 99, null), s.images().record(0), "an edited file's hash is gone");
        }
    }

    @Test
    void imagePathsThatClimbOutAreRejected() {
        for (String bad : new String[] {"", "/etc/passwd", "../x.jpg", "a/../../x.jpg", "a//b.jpg", "./a.jpg", "C:/x.jpg",
                "a\0b.jpg"}) {
            assertThrows(IllegalArgumentException.class, () -> ImageRecord.of(bad), bad);
        }
    }

    @Test
    void settingsAreJson(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (ProjectStore s = newStore(dir, 1)) {
            s.settings().put("backbone", json.readTree("{\"tap\":\"c4\",\"size\":224,\"pool\":[\"avg\",\"max\"]}"));
            s.settings().put("auto", json.readTree("true"));
            s.settings().remove("auto");
        }
        try (ProjectStore s = ProjectStore.open(dir.resolve("project"), null, ProjectStore.Options.defaults())) {
            assertEquals(224, s.settings().get("backbone").orElseThrow().get("size").asInt());
            assertEquals("max", s.settings().get("backbone").orElseThrow().get("pool").get(1).asText());
            assertTrue(s.settings().get("auto").isEmpty());
        }
    }

    @Test
    void theLastLayoutComesBackOnlyWhileItIsValid(@TempDir Path dir) throws Exception {
        FloatMatrix coords = new FloatMatrix(4, 2, new float[] {0, 1, 2, 3, 4.5f, -5, Float.MIN_VALUE, 7});
        try (ProjectStore s = newStore(dir, 4)) {
            assertTrue(s.layout().load().isEmpty());
            s.layout().save(coords);
            assertThrows(IllegalArgumentException.class, () -> s.layout().save(FloatMatrix.zeros(3, 2)));
        }
        try (ProjectStore s = ProjectStore.open(dir.resolve("project"), null, ProjectStore.Options.defaults())) {
            assertEquals(coords, s.layout().load().orElseThrow());
        }
        // A flipped byte is caught by the checksum.
        try (Connection c = DriverManager.getConnection(ProjectDatabase.url(dir.resolve("project/project.db")));
                Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE layout SET data = zeroblob(32)");
        }
        try (ProjectStore s = ProjectStore.open(dir.resolve("project"), null, ProjectStore.Options.defaults())) {
            assertTrue(s.layout().load().isEmpty());
            s.layout().save(coords);
            s.syncImages(List.of(ImageRecord.of("one/more.jpg")), false);
            assertTrue(s.layout().load().isEmpty(), "a layout that misses new images is stale");
        }
    }

    @Test
    void listenersSeeEachCommittedState(@TempDir Path dir) {
        try (ProjectStore s = newStore(dir, 4)) {
            List<LabelState> seen = new ArrayList<>();
            s.addListener(seen::add);
            LabelInfo a = s.createLabel("a");
            s.assign(new int[] {1}, a.id());
            s.undo();
            assertEquals(3, seen.size());
            assertEquals(0, seen.get(2).labelledCount());
            assertEquals(a.id(), seen.get(1).labelOf(1));
        }
    }

    @Test
    void concurrentWritersFromManyThreadsStayConsistent(@TempDir Path dir) throws Exception {
        try (ProjectStore s = newStore(dir, 200)) {
            LabelInfo[] ls = {s.createLabel("a"), s.createLabel("b"), s.createLabel("c"), s.createLabel("d")};
            AtomicInteger errors = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int lt = t;
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        for (int k = 0; k < 25; k++) {
                            int start = lt * 50 + k * 7;
                            int[] imgs = IntStream.range(0, 10).map(i -> (start + i) % 200).toArray();
                            s.assign(imgs, ls[(lt + k) % 4].id());
                            if (k % 5 == 4) {
                                s.undo();
                            }
                            s.snapshot().labelArray();
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }));
            }
            for (Thread th : threads) {
                th.join();
            }
            assertEquals(0, errors.get());
            assertMirrorMatchesDb(s);
            assertTrue(s.integrityProblems().isEmpty());
        }
    }

    @Test
    void awkwardProjectFolderNamesWork(@TempDir Path dir) {
        Path odd = dir.resolve("what? #1 100% «ü» 日本");
        try (ProjectStore s = ProjectStore.open(odd, dir, ProjectStore.Options.defaults())) {
            s.createLabel("a");
        }
        assertTrue(Files.isRegularFile(odd.resolve("project.db")));
        try (ProjectStore s = ProjectStore.open(odd, null, ProjectStore.Options.defaults())) {
            assertEquals("a", s.snapshot().labels().getFirst().name());
        }
    }

    @Test
    void theDefaultProjectLivesInsideTheImageFolderAndFollowsItWhenMoved(@TempDir Path dir) throws Exception {
        Path images = Files.createDirectories(dir.resolve("photos"));
        try (ProjectStore s = ProjectStore.openFolder(images, ProjectStore.Options.defaults())) {
            assertEquals(images.resolve(".silhouette"), s.paths().dir());
            s.syncImages(List.of(ImageRecord.of("x.jpg")), false);
        }
        Path moved = Files.move(images, dir.resolve("moved photos"));
        try (ProjectStore s = ProjectStore.open(moved.resolve(".silhouette"), null, ProjectStore.Options.defaults())) {
            assertEquals(moved, s.imageRoot());
        }
    }
}
