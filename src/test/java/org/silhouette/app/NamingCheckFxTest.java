package org.silhouette.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.harness.fx.NamingCheck;
import org.silhouette.project.LabelState;
import org.silhouette.project.ProjectPaths;
import org.silhouette.project.ProjectStore;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code gui --check-naming} in the real window: it names a group by key events and the label is on disk. */
class NamingCheckFxTest extends FxWindowTest {

    @Test
    void namesAGroupThroughTheNameBoxAndSucceeds(@TempDir Path dir) throws Exception {
        AppFx.withThreeGroups(dir, (w, robot, folder) -> {
            CompletableFuture<Integer> exit = new CompletableFuture<>();
            FxThread.run(() -> new NamingCheck().run(w, exit::complete));
            assertEquals(0, exit.get(AppFx.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the check passed");
            try (ProjectStore s = ProjectStore.open(ProjectPaths.defaultFor(folder).dir(), null,
                    ProjectStore.Options.defaults().withAccess(ProjectStore.Access.READ_ONLY))) {
                LabelState state = s.snapshot();
                int id = state.labels().stream().filter(l -> l.name().equals(NamingCheck.NAME)).findFirst()
                        .orElseThrow().id();
                assertEquals(NamingCheck.GROUP, IntStream.range(0, state.imageCount())
                        .filter(i -> state.labelOf(i) == id).count(), "the group is labelled on disk");
            }
        });
    }
}
