package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The opening stages hand the session, the map and its analyses over in that order. */
class OpenSequenceTest {

    /** Records each hand-over's name, and the snapshots analysed. */
    private static final class Recorder {
        final List<String> steps = new ArrayList<>();
        final List<MapSnapshot> analysed = new ArrayList<>();
        ProjectSession attached;

        OpenSequence.Steps steps() {
            return new OpenSequence.Steps(ws -> {
                steps.add("attached");
                attached = ws;
            }, (ws, s) -> steps.add("preview"), (ws, s) -> steps.add("mapped"), (ws, s) -> {
                steps.add("analysed");
                analysed.add(s);
            });
        }
    }

    @Test
    void theSessionIsHandedOverFirstThenTheMapThenItsAnalyses(@TempDir Path dir) throws Exception {
        Path images = ProjectSessionTest.folder(dir.resolve("images"), 6);
        Recorder r = new Recorder();
        try (ProjectSession ws = OpenSequence.open(new OpenRequest(images, null, null), dir.resolve("home"), false,
                r.steps().on(Runnable::run), Progress.NONE, Cancellation.NEVER)) {
            assertSame(ws, r.attached);
            assertEquals("attached", r.steps.getFirst());
            int mapped = r.steps.indexOf("mapped");
            assertTrue(mapped > 0 && r.steps.subList(1, mapped).stream().allMatch("preview"::equals),
                    r.steps.toString());
            assertTrue(r.steps.subList(mapped + 1, r.steps.size()).stream().allMatch("analysed"::equals));
            assertTrue(r.analysed.size() >= 1);
            assertEquals(18, r.analysed.getLast().rows().count(), "every image is on the analysed map");

            Recorder again = new Recorder();
            MapSnapshot a = OpenSequence.reembed(ws, ws.settings(), false, again.steps(), Progress.NONE,
                    Cancellation.NEVER);
            assertEquals("mapped", again.steps.getFirst(), "re-embedding attaches nothing");
            assertSame(a, again.analysed.getLast(), "the analysed map returned is the last one handed over");
        }
    }
}
