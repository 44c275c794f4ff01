package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.project.LabelState;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Doubtful labels through a session: listed as images, confirmed for the session, left out of a round. */
class DoubtfulSessionTest {

    @Test
    void aCarelessLassoIsListedAndAConfirmedLabelIsNoLongerListedNorLeftOut(@TempDir Path dir) throws Exception {
        try (ProjectSession s = ProjectSessionTest.openMapped(dir, 12)) {
            int[] red = ProjectSessionTest.imagesOf(s, "red");
            int[] green = ProjectSessionTest.imagesOf(s, "green");
            int[] caught = Arrays.copyOf(green, 2); // two green images caught in the red lasso
            s.edits().assignName(red, "warm");
            s.edits().assignName(Arrays.copyOfRange(green, 2, green.length), "leafy");
            LabelState st = s.edits().assignName(caught, "warm");
            int warm = st.labelOf(red[0]);
            int leafy = st.labelOf(green[5]);

            List<LabelReview.DoubtfulImage> doubts = s.doubtfulLabels(Cancellation.NEVER);
            assertEquals(List.of(caught[0], caught[1]),
                    doubts.stream().map(LabelReview.DoubtfulImage::image).sorted().toList());
            for (LabelReview.DoubtfulImage d : doubts) {
                assertEquals(warm, d.label());
                assertEquals(leafy, d.suggested(), "fixing applies the green images' label");
                assertTrue(d.agreement() < 0.3);
            }

            MapSnapshot round = s.refresh(ProjectSessionTest.FAST, Progress.NONE, Cancellation.NEVER, x -> { }, x -> { });
            assertTrue(round.status().contains("2 doubtful labels left out"), round.status());

            s.review().confirm(caught[0], warm);
            assertEquals(List.of(caught[1]), s.doubtfulLabels(Cancellation.NEVER).stream()
                    .map(LabelReview.DoubtfulImage::image).toList(), "the confirmed one is no longer listed");
            MapSnapshot next = s.refresh(ProjectSessionTest.FAST, Progress.NONE, Cancellation.NEVER, x -> { }, x -> { });
            assertTrue(next.status().contains("1 doubtful label left out"), next.status());

            s.edits().assign(new int[] {caught[1]}, leafy); // fixed
            assertTrue(s.doubtfulLabels(Cancellation.NEVER).isEmpty());
            s.edits().assign(new int[] {caught[0]}, leafy);
            assertTrue(!s.review().isConfirmed(caught[0], leafy), "a confirmation holds for the label it confirmed");
        }
    }
}
