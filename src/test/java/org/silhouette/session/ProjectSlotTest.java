package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the newest open attaches its session; a superseded one's session and a closed one are freed. */
class ProjectSlotTest {

    @Test
    void aSupersededOpenHasItsSessionFreedAndClosingStopsTheWorkAndFreesTheOpenOne(@TempDir Path dir)
            throws Exception {
        Workers workers = new Workers();
        try (ProjectSession late = ProjectSessionTest.open(ProjectSessionTest.folder(dir.resolve("a"), 1),
                dir.resolve("home"));
                ProjectSession open = ProjectSessionTest.open(ProjectSessionTest.folder(dir.resolve("b"), 1),
                        dir.resolve("home"))) {
            ProjectSlot slot = new ProjectSlot(workers);
            CompletableFuture<Void> first = new CompletableFuture<>();
            CompletableFuture<Void> second = new CompletableFuture<>();
            CompletableFuture<Void> started = new CompletableFuture<>();
            slot.open(first, () -> { });
            slot.open(second, () -> started.complete(null));
            started.get(10, TimeUnit.SECONDS);

            assertFalse(slot.attach(first, late), "the first open was superseded");
            assertFalse(slot.openFailed(first), "nothing of it to close");
            assertTrue(slot.attach(second, open));
            assertSame(open, slot.current());
            assertTrue(slot.isCurrent(open) && !slot.isCurrent(late) && !slot.isCurrent(null));

            CompletableFuture<Void> thumbnails = new CompletableFuture<>();
            slot.prefetching(thumbnails, thumbnails);
            CompletableFuture<Void> freed = slot.close();
            assertTrue(second.isCancelled() && thumbnails.isCancelled(), "the open and its thumbnails stop");
            assertNull(slot.current());
            freed.get(30, TimeUnit.SECONDS);
            assertTrue(late.isClosed() && open.isClosed(), "both sessions were freed");
        } finally {
            workers.shutdown();
        }
    }

    @Test
    void anOpenThatFailedAfterAttachingMustClose(@TempDir Path dir) throws Exception {
        Workers workers = new Workers();
        try (ProjectSession ws = ProjectSessionTest.open(ProjectSessionTest.folder(dir.resolve("images"), 1),
                dir.resolve("home"))) {
            ProjectSlot slot = new ProjectSlot(workers);
            CompletableFuture<Void> job = new CompletableFuture<>();
            slot.open(job, () -> { });
            assertFalse(slot.openFailed(job), "failed before its session was attached: nothing to close");
            slot.open(job, () -> { });
            slot.attach(job, ws);
            assertTrue(slot.openFailed(job));
            slot.close().get(30, TimeUnit.SECONDS);
        } finally {
            workers.shutdown();
        }
    }
}
