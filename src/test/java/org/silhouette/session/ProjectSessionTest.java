package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Npy;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.data.ThumbnailCache;
import org.silhouette.embed.ContentHash;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.project.LabelState;
import org.silhouette.project.ProjectStore;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project's whole life through {@link ProjectSession}, with no window: open, label, refresh, undo, export. */
class ProjectSessionTest {

    /** The two-output TorchScript fixture; tap 0 flattened at 16 px gives 256 features. */
    private static final Path TINY_BACKBONE = Path.of("src/test/resources/fixtures/backbone/tiny_taps.pt")
            .toAbsolutePath();
    static final LoopOptions FAST = ProjectSettings.defaults().loopOptions().toBuilder().firstTrainSeconds(0.6).trainSeconds(0.3).build();
    private static final String[] GROUPS = {"red", "green", "blue"};

    /** {@code n} small PNGs per group, each a noisy patch of its group's colour: {@code red-007.png}. */
    static Path folder(Path dir, int perGroup) throws IOException {
        Files.createDirectories(dir);
        int[] rgb = {0xC83228, 0x28A03C, 0x2850C8};
        SplittableRandom r = new SplittableRandom(3);
        for (int g = 0; g < GROUPS.length; g++) {
            for (int k = 0; k < perGroup; k++) {
                BufferedImage img = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
                for (int p = 0; p < 400; p++) {
                    img.setRGB(p % 20, p / 20, r.nextInt(10) == 0 ? r.nextInt(0xFFFFFF) : rgb[g]);
                }
                ImageIO.write(img, "png", dir.resolve(String.format("%s-%03d.png", GROUPS[g], k)).toFile());
            }
        }
        try (ProjectStore store = ProjectStore.openFolder(dir, ProjectStore.Options.defaults())) {
            new ProjectSettings(TINY_BACKBONE.toString(), 0, Pooling.FLATTEN, 16, LossKind.SILHOUETTE, 8, false)
                    .write(store);
        }
        return dir;
    }

    static ProjectSession open(Path folder, Path home) throws IOException {
        return ProjectSession.open(new OpenRequest(folder, null, null), home, Progress.NONE, Cancellation.NEVER);
    }

    /**
     * A session on {@link #folder} under {@code dir}/images with its project home in {@code dir}/home, its images
     * embedded and mapped: where the tests that need a map start.
     */
    static ProjectSession openMapped(Path dir, int perGroup) throws IOException {
        ProjectSession s = open(folder(dir.resolve("images"), perGroup), dir.resolve("home"));
        try {
            s.embedAndMap(false, Progress.NONE, Cancellation.NEVER);
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The strongest channel over all pixels: 0 red, 1 green, 2 blue. */
    private static int dominant(int[] argb) {
        long[] sum = new long[3];
        for (int p : argb) {
            sum[0] += (p >> 16) & 255;
            sum[1] += (p >> 8) & 255;
            sum[2] += p & 255;
        }
        return sum[0] >= sum[1] && sum[0] >= sum[2] ? 0 : sum[1] >= sum[2] ? 1 : 2;
    }

    /** The images whose file name starts with the group's name. */
    static int[] imagesOf(ProjectSession s, String group) {
        return IntStream.range(0, s.labels().imageCount()).filter(i -> s.imageName(i).startsWith(group)).toArray();
    }

    @Test
    void opensLabelsRefreshesUndoesAndExportsWithoutAWindow(@TempDir Path dir) throws Exception {
        Path images = folder(dir.resolve("images"), 12);
        float[] lastX;
        try (ProjectSession s = open(images, dir.resolve("home"))) {
            assertTrue(s.savedMap().isEmpty(), "a new project has no saved map");
            assertFalse(s.isReadOnly());
            MapSnapshot first = s.embedAndMap(false, Progress.NONE, Cancellation.NEVER);
            assertEquals(36, first.rows().count());
            assertTrue(first.status().startsWith("Map ready: 36 images"), first.status());
            assertTrue(s.problems().isEmpty());
            assertFalse(s.backboneDescription().isEmpty());
            for (int r = 0; r < first.rows().count(); r++) {
                assertTrue(Float.isFinite(first.x()[r]) && Float.isFinite(first.y()[r]));
            }

            s.edits().assignName(imagesOf(s, "red"), "warm");
            LabelState two = s.edits().assignName(imagesOf(s, "green"), "leafy");
            assertEquals(24, two.labelledCount());
            int warm = two.labels().getFirst().id();

            List<MapSnapshot> moved = new ArrayList<>();
            List<MapSnapshot> early = new ArrayList<>();
            MapSnapshot analysed = s.refresh(FAST, Progress.NONE, Cancellation.NEVER, moved::add, early::add);
            assertEquals(1, s.roundsDone());
            assertEquals(1, moved.size(), "the new coordinates are handed over before the analysis");
            assertTrue(moved.getFirst().status().startsWith("Round 1: trained"), moved.getFirst().status());
            assertEquals(2, early.size(), "the suggestions, then with the quality figures before the next round's prep");
            assertNull(early.getFirst().quality(), "the suggestions are handed over before the quality figures");
            assertNotNull(early.get(1).quality());
            assertNotNull(analysed.quality());
            int[] labelOfRow = analysed.rows().labelsOf(s.labels());
            for (int r = 0; r < labelOfRow.length; r++) {
                if (labelOfRow[r] >= 0) {
                    assertEquals(labelOfRow[r], analysed.suggested()[r], "a labelled image suggests its own label");
                }
            }
            assertFalse(Arrays.equals(first.x(), analysed.x()), "the round moved the map");

            assertEquals(Optional.of("Label 12 images 'leafy'"), s.edits().undo());
            assertEquals(12, s.labels().labelledCount());
            ProjectSession.Outcome one = s.update(true, FAST, Progress.NONE, Cancellation.NEVER, x -> { }, x -> { });
            assertNotNull(one.note(), "one label left: nothing to train, and the session says so");
            assertEquals(1, s.roundsDone());
            assertTrue(s.edits().redo().isPresent());

            Path csv = dir.resolve("labels.csv");
            assertEquals(24, s.exports().labelsCsv(csv));
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.contains("red-000.png,warm"), lines.toString());
            Path npy = dir.resolve("emb.npy");
            assertEquals(36, s.exports().embeddings(npy, dir.resolve("emb.coords.csv")));
            assertEquals(36, Npy.read(npy).rows());
            assertEquals(warm, s.labels().labelOf(imagesOf(s, "red")[0]));
            lastX = analysed.rows().spread(new FloatMatrix(analysed.x().length, 1, analysed.x()),
                    s.labels().imageCount()).data();
        }

        try (ProjectSession again = open(images, dir.resolve("home"))) {
            MapSnapshot saved = again.savedMap().orElseThrow();
            assertEquals(36, saved.rows().count(), "the saved map, before any features");
            float[] savedX = saved.rows().spread(new FloatMatrix(saved.x().length, 1, saved.x()),
                    again.labels().imageCount()).data();
            assertArrayEquals(lastX, savedX, "exactly where the points were");
            assertEquals(24, again.labels().labelledCount());
            MapSnapshot restored = again.embedAndMap(false, Progress.NONE, Cancellation.NEVER);
            assertArrayEquals(saved.x(), restored.x(), "the features agree with the saved map");
            MapSnapshot next = again.refresh(FAST, Progress.NONE, Cancellation.NEVER, x -> { }, x -> { });
            assertTrue(next.status().contains("continued"), "the saved head is trained on: " + next.status());
        }
    }

    @Test
    void eachFileIsHashedOnceForItsFeaturesItsRecordAndItsThumbnail(@TempDir Path dir) throws Exception {
        Path images = folder(dir.resolve("images"), 3);
        Path red = images.resolve("red-000.png");
        String before;
        try (ProjectSession s = open(images, dir.resolve("home"))) {
            s.embedAndMap(false, Progress.NONE, Cancellation.NEVER);
            int image = imagesOf(s, "red-000")[0];
            before = s.labels().images().record(image).hash();
            assertEquals(ContentHash.of(red).toString(), before, "the features' key is recorded in the project");
        }
        Path thumbs = new org.silhouette.project.ProjectPaths(images.resolve(".silhouette")).thumbnailDir();
        try (ThumbnailCache cache = ThumbnailCache.open(thumbs, ProjectThumbnails.EDGE, file -> {
            throw new AssertionError("no decode needed: " + file);
        })) {
            assertEquals(9, cache.count(), "the feature stage's decode made every thumbnail");
            assertEquals(0, dominant(cache.read(before).argb()), "red");
        }

        BufferedImage blue = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        for (int p = 0; p < 400; p++) {
            blue.setRGB(p % 20, p / 20, 0x0000FF);
        }
        ImageIO.write(blue, "png", red.toFile());
        try (ProjectSession s = open(images, dir.resolve("home"))) {
            int image = imagesOf(s, "red-000")[0];
            assertNull(s.labels().images().record(image).hash(), "an edited file's old hash is forgotten at the scan");
            s.embedAndMap(false, Progress.NONE, Cancellation.NEVER);
            assertEquals(ContentHash.of(red).toString(), s.labels().images().record(image).hash());
            assertEquals(2, dominant(s.thumbnails().tile(image).argb()), "the edit shows: blue");
        }
    }

    @Test
    void anUnreadableFileIsAProblemWithoutARowAndTheRestOpens(@TempDir Path dir) throws Exception {
        Path images = folder(dir.resolve("images"), 4);
        Files.writeString(images.resolve("broken.png"), "not a png");
        try (ProjectSession s = open(images, dir.resolve("home"))) {
            MapSnapshot first = s.embedAndMap(false, Progress.NONE, Cancellation.NEVER);
            assertEquals(12, first.rows().count());
            assertEquals(13, s.labels().imageCount(), "the broken file is still a project image");
            assertEquals(1, s.problems().size());
            assertTrue(s.problems().getFirst().path().endsWith("broken.png"));
            int broken = IntStream.range(0, 13).filter(i -> s.imageName(i).equals("broken.png")).findFirst()
                    .orElseThrow();
            assertTrue(first.rows().rowsOf(new int[] {broken}).isEmpty(), "no row shows it");
        }
    }

    @Test
    void aSecondSessionOnTheSameProjectIsReadOnlyAndRefusesEdits(@TempDir Path dir) throws Exception {
        Path images = folder(dir.resolve("images"), 3);
        try (ProjectSession writer = open(images, dir.resolve("home"));
                ProjectSession reader = open(images, dir.resolve("home"))) {
            assertFalse(writer.isReadOnly());
            assertTrue(reader.isReadOnly());
            assertTrue(reader.readOnlyReason().isPresent());
            UserError e = assertThrows(UserError.class, () -> reader.edits().assignName(new int[] {0}, "x"));
            assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
            assertEquals(0, writer.labels().labelledCount());
        }
    }

    @Test
    void aFolderWithoutImagesSaysSoAndLeavesTheProjectFree(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        UserError e = assertThrows(UserError.class, () -> open(empty, dir.resolve("home")));
        assertTrue(e.getMessage().startsWith("No images"), e.getMessage());
        try (ProjectStore store = ProjectStore.openFolder(empty, ProjectStore.Options.defaults())) {
            assertFalse(store.isReadOnly(), "the lock was released");
        }
    }
}
