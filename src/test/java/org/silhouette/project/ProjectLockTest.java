package org.silhouette.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.UserError;
import org.silhouette.harness.stress.ChildJvm;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectLockTest {
    private static final ProjectStore.Options RW = ProjectStore.Options.defaults();
    private static final ProjectStore.Options RW_ELSE_RO =
            RW.withAccess(ProjectStore.Access.READ_WRITE_ELSE_READ_ONLY);

    @Test
    void aSecondWindowInThisProcessIsRefusedOrReadOnly(@TempDir Path dir) {
        Path project = dir.resolve("p");
        try (ProjectStore first = ProjectStore.open(project, dir, RW)) {
            LabelInfo a = first.createLabel("a");
            UserError e = assertThrows(UserError.class, () -> ProjectStore.open(project, dir, RW));
            assertTrue(e.getMessage().contains("already open in another Silhouette window"), e.getMessage());
            assertTrue(e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            assertEquals(1, e.getMessage().split("close that window first", -1).length - 1,
                    "said once: " + e.getMessage());

            try (ProjectStore second = ProjectStore.open(project, null, RW_ELSE_RO)) {
                assertTrue(second.isReadOnly());
                String why = second.readOnlyReason().orElseThrow();
                assertTrue(why.endsWith("; this window opened it read-only."), why);
                assertFalse(why.contains("close that window first"), "nothing to close for a reader: " + why);
                assertEquals(a, second.snapshot().labels().getFirst());
                UserError w = assertThrows(UserError.class, () -> second.createLabel("b"));
                assertTrue(w.getMessage().contains("Nothing was changed"), w.getMessage());
                assertThrows(UserError.class, second::undo);
                // The writer goes on; the reader sees it after a refresh.
                first.createLabel("c");
                second.refresh();
                assertEquals(2, second.snapshot().labels().size());
            }
            // The read-only window closing must not release the writer's lock.
            assertThrows(UserError.class, () -> ProjectStore.open(project, dir, RW));
            first.createLabel("d");
        }
        ProjectStore.open(project, dir, RW).close();
    }

    @Test
    void readOnlyNeedsAnExistingProject(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> ProjectStore.open(dir.resolve("none"), dir,
                RW.withAccess(ProjectStore.Access.READ_ONLY)));
        assertTrue(e.getMessage().contains("no Silhouette project"), e.getMessage());
    }

    @Test
    void anotherProcessHoldingTheProjectIsRefusedAndAKilledHolderLeavesNoStaleLock(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p");
        ProjectStore.open(project, dir, RW).close();
        Process holder = ChildJvm.start(LockHolder.class, dir,
                List.of(project.toString(), dir.toString(), "from the other window"));
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HELD", out.readLine(), () -> "holder failed: " + stderr(holder));

            UserError e = assertThrows(UserError.class, () -> ProjectStore.open(project, dir, RW));
            assertTrue(e.getMessage().contains("already open in another Silhouette window (process " + holder.pid()),
                    e.getMessage());
            try (ProjectStore ro = ProjectStore.open(project, null, RW_ELSE_RO)) {
                assertTrue(ro.isReadOnly());
                assertEquals("from the other window", ro.snapshot().labels().getFirst().name());
            }

            // A clean close releases the lock.
            holder.getOutputStream().close();
            assertEquals("RELEASED", out.readLine());
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
            ProjectStore.open(project, dir, RW).close();

            // kill -9 while holding: the OS drops the lock with the process.
            Process killed = ChildJvm.start(LockHolder.class, dir,
                    List.of(project.toString(), dir.toString(), "from the killed window"));
            BufferedReader out2 = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HELD", out2.readLine(), () -> "holder failed: " + stderr(killed));
            killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            try (ProjectStore s = ProjectStore.open(project, dir, RW)) {
                assertFalse(s.isReadOnly());
                assertEquals(2, s.snapshot().labels().size(), "both holders' committed labels are there");
                assertTrue(s.integrityProblems().isEmpty());
            }
            assertFalse(Files.exists(project.resolve("owner.json")), "a clean close removes owner.json");
        } finally {
            holder.destroyForcibly();
        }
    }

    private static String stderr(Process p) {
        try {
            p.waitFor(10, TimeUnit.SECONDS);
            return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
