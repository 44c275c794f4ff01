package org.silhouette;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.silhouette.embed.backbone.Introspection;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.loss.LossOptions;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.experiment.ClassSplit;
import org.silhouette.experiment.RunSettings;
import org.silhouette.layout.UmapOptions;
import org.silhouette.session.LoopOptions;
import org.silhouette.session.ProjectSettings;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Options are validated outside the CLI and the app shows the messages too: they speak of settings, not flags. */
class OptionMessagesTest {

    @Test
    void validationMessagesNameTheSettingNotAFlag() {
        TrainOptions.Builder train = TrainOptions.builder(LossKind.SILHOUETTE, 16);
        assertSays("the embedding dimension must be between 2 and 512, got 1", () -> train.dim(1).build());
        assertSays("the number of epochs must be at least 1, got 0",
                () -> TrainOptions.builder(LossKind.CCE, 4).epochs(0).build());
        assertSays("the learning rate must be in (0, 10], got 0.0",
                () -> TrainOptions.builder(LossKind.CCE, 4).learningRate(0).build());
        assertSays("a batch needs at least one class and one image per class, got 0 classes of 8",
                () -> TrainOptions.builder(LossKind.CCE, 4).batchP(0).build());
        assertSays("the embedding dimension must be between 2 and 512, got 600", () -> LoopOptions.builder().dim(600).build());
        assertSays("The embedding dimension must be between 2 and 512, got 1.",
                () -> new RunSettings(1, 30, 16, 8, 1e-3, List.of(256), LossOptions.defaults(), 10, 1.0, 0));
        assertSays("The share of seen classes must be strictly between 0 and 1, got 1.0.",
                () -> ClassSplit.of(List.of("a", "b", "c", "d"), 1.0, 0));
        assertSays("UMAP's minimum distance must be between 0 and the spread, got 2.0",
                () -> UmapOptions.builder().minDist(2).build());
        assertSays("Input size must be between 16 and 1024 pixels, got 8.", () -> new Introspection(-1, Pooling.AVG, 8));
        assertSays("the input size must be 0 (the backbone's own) or between 16 and 1024 pixels, got 8",
                () -> new ProjectSettings(null, -1, Pooling.AVG, 8, LossKind.SILHOUETTE, 16, true));
        assertSays("the embedding dimension must be between 2 and 512, got 1",
                () -> new ProjectSettings(null, -1, Pooling.AVG, 0, LossKind.SILHOUETTE, 1, true));
        assertSays("the anchor weight must be between 0 and 10.0, got -1.0",
                () -> new ProjectSettings(null, -1, Pooling.AVG, 0, LossKind.SILHOUETTE, 16, true, -1));
    }

    private static void assertSays(String message, Executable invalid) {
        Throwable e = assertThrows(RuntimeException.class, invalid);
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertFalse(e.getMessage().contains("--"), "names a CLI flag: " + e.getMessage());
    }
}
