package org.silhouette.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silhouette.core.Npy;
import org.silhouette.data.Problem;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.harness.fx.ScriptedWindow;
import org.silhouette.harness.stress.FxStallCheck;
import org.silhouette.harness.stress.SyntheticFolder;
import org.silhouette.session.DefaultBackbone;
import org.silhouette.session.FileMenu;
import org.silhouette.session.ProjectSettings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Project life through the real window: reopening, a second window, damaged files, export and import. */
class AppProjectFxTest extends FxWindowTest {

    @Test
    void reopeningRestoresTheTrainedMapAndContinuesItsHead(@TempDir Path dir) throws Exception {
        Path folder = AppFx.folder(dir, 90, 3, 2, false);
        float[] x;
        float[] y;
        MainWindow first = AppFx.newWindow();
        try {
            AppFx.open(first, folder);
            FxStallCheck.labelSomeOfThreeGroups(ScriptedWindow.of(first), AppFx.TIMEOUT);
            ScriptedWindow.of(first).retrain(AppFx.TIMEOUT);
            x = FxThread.call(() -> first.presenter().x().clone());
            y = FxThread.call(() -> first.presenter().y().clone());
        } finally {
            AppFx.close(first);
        }
        MainWindow again = AppFx.newWindow();
        try {
            AppFx.open(again, folder);
            assertArrayEquals(x, FxThread.call(() -> again.presenter().x()), "the saved map, exactly");
            assertArrayEquals(y, FxThread.call(() -> again.presenter().y()));
            assertEquals(3, (int) FxThread.call(() -> again.presenter().labels().labels().size()));
            ScriptedWindow.of(again).retrain(AppFx.TIMEOUT);
            String status = FxThread.call(() -> again.status().message());
            assertTrue(status.contains("continued"), "the saved head was trained on, not a fresh one: " + status);
        } finally {
            AppFx.close(again);
        }
    }

    @Test
    void newBackboneSettingsRecomputeTheFeaturesAndStartAFreshHeadKeepingTheLabels(@TempDir Path dir)
            throws Exception {
        Path folder = AppFx.folder(dir, 60, 3, 8, false);
        AppFx.inOpenWindow(folder, w -> {
            FxStallCheck.labelSomeOfThreeGroups(ScriptedWindow.of(w), AppFx.TIMEOUT);
            ScriptedWindow.of(w).retrain(AppFx.TIMEOUT);
            int labelled = FxThread.call(() -> w.presenter().labels().labelledCount());
            ProjectSettings bigger = FxThread.call(() -> w.project().current().settings());
            ProjectSettings next = new ProjectSettings(bigger.backbone(), bigger.tap(), bigger.pooling(), 32, bigger.loss(),
                    bigger.dim(), bigger.autoRetrain());
            java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
            FxThread.run(() -> w.project().reembed(next, done::complete));
            assertTrue(done.get(120, TimeUnit.SECONDS), "re-embedded");
            assertEquals(next, FxThread.call(() -> w.project().current().settings()));
            assertEquals(60, (int) FxThread.call(() -> w.presenter().rows().count()));
            ScriptedWindow.of(w).retrain(AppFx.TIMEOUT);
            String status = FxThread.call(() -> w.status().message());
            // a head for other features cannot continue: the round starts a fresh head
            assertTrue(status.contains("fresh head"), status);
            assertEquals(labelled, (int) FxThread.call(() -> w.presenter().labels().labelledCount()));
        });
    }

    @Test
    void aProjectWhoseBackboneWentMissingOpensWithTheBundledOneAndSaysSo(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(DefaultBackbone.find().isPresent(), "models/ not here");
        Path folder = SyntheticFolder.write(dir.resolve("images"), 30, 3, 11);
        try (org.silhouette.project.ProjectStore store = org.silhouette.project.ProjectStore.openFolder(folder,
                org.silhouette.project.ProjectStore.Options.defaults())) {
            ProjectSettings.defaults().withBackbone(dir.resolve("gone.pt").toString()).withAutoRetrain(false).write(store);
        }
        AppFx.inOpenWindow(folder, w -> {
            assertEquals(30, (int) FxThread.call(() -> w.presenter().rows().count()));
            String status = FxThread.call(() -> w.status().message());
            assertTrue(status.contains("could not be opened") && status.contains("bundled"), status);
        });
    }

    @Test
    void aSecondWindowOnTheSameProjectIsReadOnlyAndSaysWhy(@TempDir Path dir) throws Exception {
        AppFx.withTwoWindowsOnOneProject(dir, (first, second) -> {
            assertTrue(FxThread.call(() -> first.labels().writableProperty().get()));
            assertFalse(FxThread.call(() -> second.labels().writableProperty().get()), "the second cannot write");
            String title = FxThread.call(() -> ((javafx.stage.Stage) second.scene().getWindow()).getTitle());
            assertTrue(title.endsWith("(read-only)"), title);
            String why = FxThread.call(() -> second.project().current().readOnlyReason().orElseThrow());
            assertTrue(why.contains("already open in another Silhouette window"), why);
        });
    }

    @Test
    void damagedFilesAreListedWithTheirReasonAndTheRestOpens(@TempDir Path dir) throws Exception {
        Path folder = SyntheticFolder.write(dir.resolve("images"), 30, 3, 4);
        byte[] png = Files.readAllBytes(folder.resolve(SyntheticFolder.name(0, 0)));
        Files.write(folder.resolve("cut.png"), java.util.Arrays.copyOf(png, png.length / 2));
        Files.writeString(folder.resolve("notes.jpg"), "this is text, not a picture", StandardCharsets.UTF_8);
        AppFx.prepare(folder, false);
        AppFx.inOpenWindow(folder, w -> {
            assertEquals(30, (int) FxThread.call(() -> w.presenter().rows().count()));
            List<Problem> problems = FxThread.call(() -> w.project().current().problems());
            assertEquals(List.of("cut.png", "notes.jpg"), problems.stream()
                    .map(p -> p.path().getFileName().toString()).sorted().toList());
            assertTrue(problems.stream().allMatch(p -> !p.reason().isBlank()));
        });
    }

    @Test
    void exportsAndImportsThroughTheWindow(@TempDir Path dir) throws Exception {
        Path folder = AppFx.folder(dir, 30, 3, 6, false);
        AppFx.inOpenWindow(folder, w -> {
            FxStallCheck.labelSomeOfThreeGroups(ScriptedWindow.of(w), AppFx.TIMEOUT);
            int labelled = FxThread.call(() -> w.presenter().labels().labelledCount());

            Path csv = dir.resolve("out/labels.csv");
            FxThread.call(() -> w.export().run(FileMenu.EXPORT_CSV, csv)).get(60, TimeUnit.SECONDS);
            List<String> lines = Files.readAllLines(csv);
            assertEquals("path,label", lines.getFirst());
            assertEquals(labelled, lines.size() - 1);

            Path npy = dir.resolve("out/emb.npy");
            FxThread.call(() -> w.export().run(FileMenu.EXPORT_EMBEDDINGS, npy)).get(60, TimeUnit.SECONDS);
            assertEquals(30, Npy.read(npy).rows());
            assertEquals(31, Files.readAllLines(org.silhouette.session.SessionExports.coordinatesFile(npy)).size());

            Path manifest = dir.resolve("out/manifest.json");
            FxThread.call(() -> w.export().run(FileMenu.EXPORT_MANIFEST, manifest)).get(60, TimeUnit.SECONDS);
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile());
            assertEquals("silhouette-manifest", json.get("format").asText());
            assertEquals(30, json.get("images").size());
            List<String> coords = Files.readAllLines(org.silhouette.session.SessionExports.coordinatesFile(npy));
            int named = 0;
            for (int i = 0; i < 30; i++) {
                var image = json.get("images").get(i);
                String[] csvRow = coords.get(i + 1).split(",");
                assertEquals(csvRow[0], image.get("path").asText(), "the same image order as the coordinates CSV");
                assertEquals(Float.parseFloat(csvRow[2]), (float) image.get("x").asDouble(), "x of " + csvRow[0]);
                assertEquals(Float.parseFloat(csvRow[3]), (float) image.get("y").asDouble(), "y of " + csvRow[0]);
                named += image.get("label").isNull() ? 0 : 1;
            }
            assertEquals(labelled, named);
            int counted = 0;
            for (var label : json.get("labels")) {
                counted += label.get("images").asInt();
            }
            assertEquals(labelled, counted, "the labels' counts add up to the labelled images");

            Path tree = dir.resolve("out/tree");
            FxThread.call(() -> w.export().run(FileMenu.EXPORT_COPIES, tree))
                    .get(60, TimeUnit.SECONDS);
            try (var s = Files.list(tree)) {
                assertEquals(3, s.count(), "one folder per label");
            }

            Files.writeString(dir.resolve("more.csv"), "path,label\n" + SyntheticFolder.name(1, 1) + ",imported\n");
            String summary = FxThread.call(() -> w.export().run(FileMenu.IMPORT_CSV, dir.resolve("more.csv"))).get(60, TimeUnit.SECONDS);
            assertTrue(summary.contains("1"), summary);
            FxThread.await("the imported label", AppFx.TIMEOUT,
                    () -> w.presenter().labels().labelNamed("imported").isPresent());
            FxThread.run(() -> w.labels().undo());
            FxThread.await("undo of the whole import", AppFx.TIMEOUT,
                    () -> w.presenter().labels().labelNamed("imported").isEmpty());
        });
    }
}
