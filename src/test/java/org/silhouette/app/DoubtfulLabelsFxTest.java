package org.silhouette.app;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.project.LabelState;
import org.silhouette.session.ProjectSession;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The doubtful-labels list through the real window: two images of one group caught in another group's label
 * are listed after Ctrl+D; J shows the first on the map, F gives it its neighbours' label (in the database),
 * K keeps the other's label.
 */
class DoubtfulLabelsFxTest extends FxWindowTest {

    @Test
    void ctrlDListsTheCaughtImagesAndTheKeyboardFixesOneAndKeepsTheOther(@TempDir Path dir) throws Exception {
        Path folder = colours(dir.resolve("images"), 20);
        AppFx.prepare(folder, false);
        MainWindow w = AppFx.newWindow();
        FxRobot robot = new FxRobot();
        try {
            AppFx.open(w, folder);
            ProjectSession s = FxThread.call(() -> w.project().current());
            int[] g0 = groupImages(s, 0);
            int[] g1 = groupImages(s, 1);
            int[] caught = Arrays.copyOf(g1, 2);
            s.edits().assignName(g0, "alpha");
            s.edits().assignName(Arrays.copyOfRange(g1, 2, g1.length), "beta");
            LabelState st = s.edits().assignName(caught, "alpha");
            int alpha = st.labelOf(g0[0]);
            int beta = st.labelOf(g1[5]);
            FxThread.await("the labels shown", AppFx.TIMEOUT, () -> w.presenter().labels() != null
                    && w.presenter().labels().labelledCount() == 40);

            FxThread.run(() -> w.map().requestFocus());
            robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
            DoubtfulLabelsDialog d = FxThread.call(w::doubtfulLabels);
            FxThread.await("the doubtful labels", AppFx.TIMEOUT, () -> d.stage() != null && d.stage().isShowing()
                    && !d.listed().isEmpty());
            assertEquals(List.of(caught[0], caught[1]), FxThread.call(() -> d.listed().stream().sorted().toList()),
                    "exactly the two caught images");
            FxThread.await("thumbnails in the list", AppFx.TIMEOUT, () -> d.list().lookupAll(".image-view")
                    .stream().anyMatch(n -> ((javafx.scene.image.ImageView) n).getImage() != null));
            if (System.getProperty("silhouette.doubtfulShot") != null) {
                FxThread.call(() -> {
                    Screenshots.save(d.stage().getScene(), Path.of(System.getProperty("silhouette.doubtfulShot")));
                    return null;
                });
            }

            int first = FxThread.call(() -> d.listed().getFirst());
            int other = first == caught[0] ? caught[1] : caught[0];
            robot.type(KeyCode.J);
            FxThread.await("the image selected on the map", AppFx.TIMEOUT,
                    () -> Arrays.equals(w.presenter().selectedImages(), new int[] {first}));

            robot.type(KeyCode.F);
            FxThread.await("the fix in the store", AppFx.TIMEOUT, () -> s.labels().labelOf(first) == beta);
            assertEquals(List.of(other), FxThread.call(d::listed), "the fixed image left the list");

            robot.type(KeyCode.K);
            FxThread.await("the other kept", AppFx.TIMEOUT, () -> d.listed().isEmpty());
            assertTrue(s.review().isConfirmed(other, alpha), "K confirmed its label");
            assertEquals(alpha, s.labels().labelOf(other), "K changed no label");
        } finally {
            AppFx.close(w);
        }
    }

    private static final String[] GROUPS = {"red", "green", "blue"};

    /**
     * {@code perGroup} noisy patches of each of three colours ({@code green-007.png}): groups that the tiny test
     * backbone tells apart, so which labels are doubtful is plain.
     */
    static Path colours(Path dir, int perGroup) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        int[] rgb = {0xC83228, 0x28A03C, 0x2850C8};
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int g = 0; g < GROUPS.length; g++) {
            for (int k = 0; k < perGroup; k++) {
                java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(20, 20,
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                for (int p = 0; p < 400; p++) {
                    img.setRGB(p % 20, p / 20, r.nextInt(10) == 0 ? r.nextInt(0xFFFFFF) : rgb[g]);
                }
                javax.imageio.ImageIO.write(img, "png", dir.resolve(String.format("%s-%03d.png", GROUPS[g], k)).toFile());
            }
        }
        return dir;
    }

    static int[] groupImages(ProjectSession s, int group) {
        return IntStream.range(0, s.labels().imageCount())
                .filter(i -> s.imageName(i).startsWith(GROUPS[group])).toArray();
    }
}
