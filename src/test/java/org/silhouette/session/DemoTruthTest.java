package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.project.ImageRecord;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Demo accuracy against a truth.csv beside the folder, with values worked out by hand. */
class DemoTruthTest {

    @Test
    void labelsStandForAClassByNameElseByMajorityAndSuggestionsCountSeparately(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("images"));
        Files.writeString(dir.resolve("truth.csv"), "path,label\na.png,cat\nb.png,cat\nc.png,cat\nd.png,dog\n"
                + "e.png,dog\nf.png,bird\n");
        try (ProjectStore store = ProjectStore.openFolder(root, ProjectStore.Options.defaults())) {
            store.syncImages(List.of("a.png", "b.png", "c.png", "d.png", "e.png", "f.png").stream()
                    .map(ImageRecord::of).toList(), true);
            LabelInfo cat = store.createLabel("Cat"); // matches the class 'cat' by name
            LabelInfo x = store.createLabel("x");     // e (dog) and f (bird): a tie, so the first name, 'bird'
            store.assign(new int[] {0, 1, 3}, cat.id());
            store.assign(new int[] {4, 5}, x.id());

            DemoTruth truth = DemoTruth.find(root, store.images()).orElseThrow();
            assertEquals("cat", truth.standsFor(store.snapshot()).get(cat.id()));
            assertEquals("bird", truth.standsFor(store.snapshot()).get(x.id()));

            int[] suggested = {cat.id(), cat.id(), cat.id(), cat.id(), x.id(), x.id()}; // c: cat, right
            DemoTruth.Score s = truth.score(store.snapshot(), suggested);
            assertEquals(new DemoTruth.Score(6, 3, 4), s); // a, b, f right; d (dog as Cat) and e (dog as bird) wrong
            assertEquals("demo truth: 50% of images correctly labelled (3 of 6); 67% counting suggestions",
                    s.describe());
        }
    }

    @Test
    void noTruthFileMeansNoReport(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("images"));
        try (ProjectStore store = ProjectStore.openFolder(root, ProjectStore.Options.defaults())) {
            store.syncImages(List.of(ImageRecord.of("a.png")), true);
            assertTrue(DemoTruth.find(root, store.images()).isEmpty());
        }
    }

    @Test
    void beforeAnyLabelItSaysSo() {
        assertEquals("demo truth: 1,500 images with a known class; none correctly labelled yet",
                new DemoTruth.Score(1500, 0, 0).describe());
    }
}
