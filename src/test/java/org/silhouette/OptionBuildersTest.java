package org.silhouette;

import org.junit.jupiter.api.Test;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.loss.LossOptions;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.layout.UmapOptions;
import org.silhouette.session.LoopOptions;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The options builders copy every field and set every field: each record below differs from the defaults in
 * every component, so a builder that forgets one (in its copy or its setter) rebuilds a different record.
 * Adding a component breaks the canonical constructor calls here, which is the reminder to cover it.
 */
class OptionBuildersTest {

    private static final TrainOptions TRAIN = new TrainOptions(LossKind.TRIPLET, new LossOptions(0.3, false, 0.05, 2.0), 7,
            List.of(33, 9), 4, 11, 2.5, 0.02, 5, 3, 99L, 2.0, Path.of("ckpt"), 2, 0.5, 0.2);
    private static final UmapOptions UMAP = new UmapOptions(9, 0.2, 1.5, 77, 0.5, 3, 0.8, 12, 0.1, 3, 42L);
    private static final LoopOptions LOOP = new LoopOptions(LossKind.TRIPLET, new LossOptions(0.3, false, 0.05, 2.0), 8,
            List.of(64), 1.5, 0.4, 20, 3L, 2.0, 0.5, true, 300, 90);

    @Test
    void toBuilderCopiesEveryField() {
        assertEquals(TRAIN, TRAIN.toBuilder().build());
        assertEquals(UMAP, UMAP.toBuilder().build());
        assertEquals(LOOP, LOOP.toBuilder().build());
    }

    @Test
    void everyFieldHasASetterThatSetsIt() throws Exception {
        assertEquals(TRAIN, setEveryField(TrainOptions.builder(LossKind.SILHOUETTE, 16), TRAIN));
        assertEquals(UMAP, setEveryField(UmapOptions.builder(), UMAP));
        assertEquals(LOOP, setEveryField(LoopOptions.builder(), LOOP));
    }

    @Test
    void theExamplesDifferFromTheDefaultsInEveryField() throws Exception {
        assertDiffersEverywhere(TrainOptions.defaults(LossKind.SILHOUETTE, 16), TRAIN);
        assertDiffersEverywhere(UmapOptions.defaults(), UMAP);
        assertDiffersEverywhere(LoopOptions.defaults(), LOOP);
    }

    @Test
    void buildValidatesLikeTheConstructor() {
        assertThrows(IllegalArgumentException.class, () -> TrainOptions.builder(LossKind.SILHOUETTE, 16).dim(1).build());
        assertThrows(IllegalArgumentException.class, () -> UmapOptions.builder().neighbors(1).build());
        assertThrows(IllegalArgumentException.class, () -> LoopOptions.builder().anchorWeight(-1).build());
    }

    /** Calls the builder's setter of each record component with {@code target}'s value, then builds. */
    private static Object setEveryField(Object builder, Record target) throws Exception {
        for (RecordComponent c : target.getClass().getRecordComponents()) {
            Method setter = builder.getClass().getMethod(c.getName(), c.getType());
            setter.invoke(builder, c.getAccessor().invoke(target));
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static void assertDiffersEverywhere(Record defaults, Record example) throws Exception {
        for (RecordComponent c : example.getClass().getRecordComponents()) {
            assertNotEquals(c.getAccessor().invoke(defaults), c.getAccessor().invoke(example), c.getName());
        }
    }
}
