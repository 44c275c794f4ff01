package org.silhouette.core;

import org.junit.jupiter.api.Test;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.experiment.Method;
import org.silhouette.layout.LayoutMethod;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The names users type, store in model folders and read in reports: they must not change. */
class CliNameTest {

    @Test
    void namesAreTheOnesTheCliAndFilesUse() {
        assertEquals(List.of("silhouette", "silhouette-mean", "contrastive", "triplet", "cosine-corel",
                "gaussian-corel", "cce"), names(LossKind.values()));
        assertEquals(List.of("head", "pca", "umap", "tsne"), names(LayoutMethod.values()));
        assertEquals(List.of("introspection", "introspection-umap", "no-labels", "semi-silhouette", "silhouette",
                "silhouette-mean", "contrastive", "triplet", "cosine-corel", "gaussian-corel", "cce"),
                names(Method.values()));
    }

    @Test
    void parsingIgnoresCaseAndSpacesAndListsTheChoicesWhenWrong() {
        assertEquals(LossKind.SILHOUETTE_MEAN, LossKind.parse(" Silhouette-Mean "));
        assertEquals(LayoutMethod.TSNE, LayoutMethod.parse("TSNE"));
        UserError e = assertThrows(UserError.class, () -> LayoutMethod.parse("mds"));
        assertEquals("Unknown layout method 'mds'; choose one of head, pca, umap, tsne.", e.getMessage());
    }

    private static List<String> names(CliName[] values) {
        return Arrays.stream(values).map(CliName::cliName).toList();
    }
}
