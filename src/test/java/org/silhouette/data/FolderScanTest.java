package org.silhouette.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.Cancellation;
import org.silhouette.core.CancelledException;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.FolderScan.FolderLabels;
import org.silhouette.data.FolderScan.Options;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FolderScanTest {

    @TempDir
    Path root;

    private Path touch(String rel) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[] {1});
        return p;
    }

    private List<String> names(FolderScan.Result r) {
        return r.images().stream().map(e -> FolderScan.relativeName(root, e.path())).toList();
    }

    @Test
    void eachImageCarriesTheLengthAndTimeTheScanSaw() throws IOException {
        Path p = root.resolve("x.png");
        Files.write(p, new byte[] {1, 2, 3, 4, 5});
        Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
        ImageEntry e = FolderScan.scan(root, Options.DEFAULT, Progress.NONE, Cancellation.NEVER).images().getFirst();
        assertEquals(5, e.size());
        assertEquals(1_600_000_000_000L, e.mtime());
        assertEquals(-1, new ImageEntry(p, "").size(), "not from a scan: unknown");
    }

    @Test
    void findsImageExtensionsCaseInsensitivelyInSortedDepthFirstOrder() throws IOException {
        touch("b/2.PNG");
        touch("b/1.jpeg");
        touch("a/x.Jpg");
        touch("a/deeper/y.tif");
        touch("top.GIF");
        touch("c.bmp");
        touch("d.TIFF");
        touch("readme.txt");
        touch("photo.jpg.bak");
        touch(".hidden.jpg");
        touch(".silhouette/cache.png");
        FolderScan.Result r = FolderScan.scan(root, Options.DEFAULT, Progress.NONE, Cancellation.NEVER);
        assertEquals(List.of("a/deeper/y.tif", "a/x.Jpg", "b/1.jpeg", "b/2.PNG", "c.bmp", "d.TIFF", "top.GIF"),
                names(r));
        assertEquals(List.of("a", "a", "b", "b", "", "", ""), r.labels());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        FolderScan.Result noLabels = FolderScan.scan(root, new Options(FolderLabels.NONE, null, false),
                Progress.NONE, Cancellation.NEVER);
        assertTrue(noLabels.labels().stream().allMatch(String::isEmpty));
        FolderScan.Result hidden = FolderScan.scan(root, new Options(FolderLabels.NONE, null, true),
                Progress.NONE, Cancellation.NEVER);
        assertEquals(9, hidden.images().size());
    }

    @Test
    void streamsEntriesInTheSameOrderAndReportsProgress() throws IOException {
        for (int i = 0; i < 600; i++) {
            touch(String.format("cls%d/img%04d.png", i % 3, i));
        }
        List<ImageEntry> streamed = new ArrayList<>();
        AtomicLong lastDone = new AtomicLong(-1);
        AtomicLong updates = new AtomicLong();
        FolderScan.scan(root, Options.DEFAULT, new FolderScan.Sink() {
            @Override
            public void image(ImageEntry entry) {
                streamed.add(entry);
            }

            @Override
            public void problem(Problem problem) {
                throw new AssertionError(problem.toString());
            }
        }, (stage, done, total) -> {
            assertTrue(done >= lastDone.get(), "progress never goes back");
            lastDone.set(done);
            updates.incrementAndGet();
        }, Cancellation.NEVER);
        assertEquals(600, streamed.size());
        assertEquals(600, lastDone.get());
        assertTrue(updates.get() >= 3, "intermediate progress while scanning");
        assertEquals(FolderScan.scan(root, Options.DEFAULT, Progress.NONE, Cancellation.NEVER).images(), streamed);
        assertEquals("cls0", streamed.get(0).label());
        assertEquals("cls2", streamed.get(599).label());
    }

    @Test
    void cancellationStopsTheScan() throws IOException {
        for (int i = 0; i < 300; i++) {
            touch("f/" + i + ".png");
        }
        CancelFlag flag = new CancelFlag();
        flag.cancel();
        assertThrows(CancelledException.class,
                () -> FolderScan.scan(root, Options.DEFAULT, Progress.NONE, flag));
    }

    @Test
    void symlinkLoopsEndAndDuplicateLinksAreScannedOnce() throws IOException {
        touch("a/one.png");
        touch("b/two.png");
        try {
            Files.createSymbolicLink(root.resolve("a/loop"), root);
            Files.createSymbolicLink(root.resolve("b/again"), root.resolve("a"));
            Files.createSymbolicLink(root.resolve("b/self"), root.resolve("b/self"));
            Files.createSymbolicLink(root.resolve("dangling.jpg"), root.resolve("nowhere.jpg"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links unsupported here: " + e);
        }
        FolderScan.Result r = FolderScan.scan(root, Options.DEFAULT, Progress.NONE, Cancellation.NEVER);
        assertEquals(List.of("a/one.png", "b/two.png"), names(r));
        List<String> reasons = r.problems().stream()
                .map(p -> FolderScan.relativeName(root, p.path()) + ": " + p.reason()).toList();
        assertTrue(reasons.contains("a/loop: symbolic link loop back to '.', not followed"), reasons.toString());
        assertTrue(reasons.contains("b/again: same folder as 'a', scanned there"), reasons.toString());
        assertTrue(reasons.contains("b/self: symbolic link loop"), reasons.toString());
        assertTrue(reasons.contains("dangling.jpg: broken symbolic link"), reasons.toString());
    }

    @Test
    void oddNamesAndDeepNesting() throws IOException {
        List<String> odd = new ArrayList<>(List.of("with space.png", "comma,name.jpg", "quote\"d.jpg",
                "it's.png", " leading.png"));
        try {
            root.resolve("日本語の写真.jpg");
            root.resolve("Ελληνικά.PNG");
            odd.add("日本語の写真.jpg");
            odd.add("Ελληνικά.PNG");
        } catch (InvalidPathException e) {
            // the platform charset cannot name them; the other odd names still run
        }
        for (String name : odd) {
            touch("odd/" + name);
        }
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            deep.append("d").append(i).append('/');
        }
        touch(deep + "bottom.jpeg");
        FolderScan.Result r = FolderScan.scan(root, Options.DEFAULT, Progress.NONE, Cancellation.NEVER);
        assertEquals(odd.size() + 1, r.images().size());
        assertEquals("d0", r.images().get(0).label());
        assertTrue(names(r).contains("odd/comma,name.jpg"));
    }

    @Test
    void unreadableFolderIsAProblem() throws IOException {
        touch("ok/a.png");
        Path locked = root.resolve("locked");
        touch("locked/b.png");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "running as root: chmod 000 does not stop reads");
            FolderScan.Result r = FolderScan.scan(root, Options.DEFAULT, Progress.NONE, Cancellation.NEVER);
            assertEquals(List.of("ok/a.png"), names(r));
            assertEquals(List.of(new Problem(locked, "permission denied; folder skipped")), r.problems());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void labelsCsvWithRelativeAndAbsolutePathsWinsOverFolders() throws IOException {
        touch("cats/1.png");
        touch("cats/2.png");
        Path dog = touch("dogs/3.png");
        touch("loose.png");
        Path csv = root.getParent().resolve(root.getFileName() + "-labels.csv");
        Files.writeString(csv, "path,label\ncats/1.png,tabby\n" + Csv.row(dog.toAbsolutePath().toString(), "hound")
                + "\n\"loose.png\",\"odd, one\"\nmissing/4.png,ghost\n");
        try {
            FolderScan.Result r = FolderScan.scan(root, new Options(FolderLabels.NONE, csv, false),
                    Progress.NONE, Cancellation.NEVER);
            assertEquals(List.of("tabby", "", "hound", "odd, one"), r.labels());
            assertEquals(1, r.problems().size());
            assertEquals(root.resolve("missing/4.png"), r.problems().getFirst().path());
            FolderScan.Result mixed = FolderScan.scan(root, new Options(FolderLabels.FIRST_SUBFOLDER, csv, false),
                    Progress.NONE, Cancellation.NEVER);
            assertEquals(List.of("tabby", "cats", "hound", "odd, one"), mixed.labels());
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void contradictoryCsvAndMissingRootAreUserErrors() throws IOException {
        touch("a.png");
        Path csv = root.resolve("labels.csv");
        Files.writeString(csv, "a.png,x\n./a.png,y\n");
        UserError e = assertThrows(UserError.class, () -> FolderScan.scan(root,
                new Options(FolderLabels.NONE, csv, false), Progress.NONE, Cancellation.NEVER));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        assertThrows(UserError.class, () -> FolderScan.scan(root.resolve("nope"), Options.DEFAULT,
                Progress.NONE, Cancellation.NEVER));
    }
}
