package org.silhouette.app;

import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.project.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project whose write-ahead log was deleted after a crash: the window says in a dialog that label changes
 * are lost and where the damaged files were kept, and still opens the project.
 */
class AppWalLossFxTest extends FxWindowTest {

    @Test
    void aDeletedLogIsShownInTheWindowWithWhatIsLost(@TempDir Path dir) throws Exception {
        Path folder = AppFx.folder(dir, 12, 3, 5, false);
        Path project = folder.resolve(".silhouette");
        Path crashed = Files.createDirectories(dir.resolve("crashed"));
        try (ProjectStore s = ProjectStore.openFolder(folder, ProjectStore.Options.defaults())) {
            s.createLabel("cats");
            assertTrue(Files.size(project.resolve("project.db-wal")) > 0, "the label is in the log");
            // what a crash leaves on disk, before the log is deleted
            for (String f : new String[] {"project.db", "project.db-shm"}) {
                Files.copy(project.resolve(f), crashed.resolve(f));
            }
        }
        for (String f : new String[] {"project.db", "project.db-shm"}) {
            Files.copy(crashed.resolve(f), project.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(project.resolve("project.db-wal"));

        AppFx.inOpenWindow(folder, w -> {
            FxThread.await("the lost-labels dialog", AppFx.TIMEOUT, () -> lostLabelsText() != null);
            String text = FxThread.call(AppWalLossFxTest::lostLabelsText);
            assertTrue(text.contains("write-ahead log project.db-wal is missing"), text);
            assertTrue(text.contains("label changes saved after") && text.contains("are lost"), text);
            assertTrue(text.contains("0 labelled images remain"), text);
            try (Stream<Path> s = Files.list(project)) {
                Path kept = s.filter(p -> p.getFileName().toString().startsWith("recovery-")).findFirst()
                        .orElseThrow(() -> new AssertionError("the damaged files were not kept"));
                assertTrue(text.contains(kept.toString()), text);
            }
            assertEquals(1, text.lines().count(), text);
            assertTrue(FxThread.call(() -> w.project().current() != null), "the project opened all the same");
        });
    }

    /** The text of the "Labels may be missing" dialog that is showing, or null. */
    private static String lostLabelsText() {
        for (Window win : Window.getWindows()) {
            if (win.isShowing() && win.getScene() != null && win.getScene().getRoot() instanceof DialogPane pane
                    && "Labels may be missing".equals(pane.getHeaderText())) {
                return pane.getContentText();
            }
        }
        return null;
    }
}
