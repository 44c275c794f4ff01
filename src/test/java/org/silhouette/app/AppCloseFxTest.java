package org.silhouette.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.project.ProjectStore;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.ProjectSession;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closing the window in the middle of work: the work stops, every thread it started ends, the project is free. */
class AppCloseFxTest extends FxWindowTest {

    @Test
    void closingWhileEmbeddingEndsEveryThreadAndReleasesTheProject(@TempDir Path dir) throws Exception {
        Path folder = AppFx.folder(dir, 400, 4, 9, true);
        Set<String> before = liveNonDaemon();
        MainWindow w = AppFx.newWindow();
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        FxThread.run(() -> w.open(new OpenRequest(folder, null, null), opened::complete));
        FxThread.await("the embedding stage", AppFx.TIMEOUT, () -> w.project().current() != null
                && w.tasks().messages().stream().anyMatch(m -> m.startsWith("Embedding")));
        ProjectSession ws = FxThread.call(() -> w.project().current());

        AppFx.close(w);

        assertTrue(opened.isDone() && !opened.getNow(true), "the open was cancelled, not finished");
        assertTrue(ws.isClosed(), "the head (native memory) was freed");
        assertEquals(Set.of(), oursAfterAMoment(), "the window's threads ended");
        Set<String> after = liveNonDaemon();
        after.removeAll(before);
        assertEquals(Set.of(), after, "no non-daemon thread was left behind");
        try (ProjectStore again = ProjectStore.openFolder(folder, ProjectStore.Options.defaults())) {
            assertTrue(!again.isReadOnly(), "the project lock was released");
        }
    }

    /** The window's threads still alive; the closer thread completes the future just before it ends. */
    private static Set<String> oursAfterAMoment() throws InterruptedException {
        Set<String> ours = Set.of();
        for (int i = 0; i < 100; i++) {
            ours = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                    .filter(n -> n.startsWith("silhouette-") || n.startsWith("thumbnail-loader")
                            || n.startsWith("preview-"))
                    .collect(Collectors.toSet());
            if (ours.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        }
        return ours;
    }

    private static Set<String> liveNonDaemon() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .map(Thread::getName).collect(Collectors.toSet());
    }

}
