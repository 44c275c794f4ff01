package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.Cancellation;
import org.silhouette.core.CancelledException;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.testing.Blobs;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map the app and simulate share: first map, rounds that own their heads, suggestions. */
class MapLoopTest {
    private static final LoopOptions FAST = LoopOptions.builder().firstTrainSeconds(0.6).trainSeconds(0.3).seed(3).build();

    /** The first {@code perClass} of each class labelled with ids 7, 8, 9, ... */
    private static int[] someLabels(int[] truth, int perClass) {
        return Blobs.partialLabels(truth, perClass, 7, 1);
    }

    @Test
    void aFreshMapIsTheBackbonesOwnViewAndRoundsCountOnFromASaveOne() {
        Blobs b = Blobs.make(3, 40, 16, 4.0, 1.0, 5);
        try (MapLoop loop = MapLoop.start(b.x(), 1, Progress.NONE, Cancellation.NEVER)) {
            assertNull(loop.state().model());
            assertEquals(0, loop.rounds());
            MapState same = IntrospectionMap.fit(b.x(), null, 1, Progress.NONE, Cancellation.NEVER);
            assertArrayEquals(same.coords().data(), loop.state().coords().data(), "the simulate start, unchanged");

            // a complete saved layout is shown as it is, and a restart keeps counting rounds (they vary the seeds)
            FloatMatrix saved = loop.state().coords();
            try (MapLoop again = MapLoop.start(b.x(), saved, null, 1, 4, Progress.NONE, Cancellation.NEVER)) {
                assertSame(saved, again.state().coords());
                assertEquals(4, again.rounds());
            }
        }
    }

    @Test
    void aDirectMapIsTheTwoDimensionalHeadsOutputAlignedToTheLastMap() {
        Blobs b = Blobs.make(3, 40, 16, 4.0, 1.0, 5);
        int[] labels = someLabels(b.labels(), 10);
        LoopOptions direct = FAST.toBuilder().directMap(true).firstTrainSteps(300).build();
        try (MapLoop loop = MapLoop.start(b.x(), 1, Progress.NONE, Cancellation.NEVER)) {
            double before = Blobs.spreadRatio(loop.state().coords(), b.labels());
            RefreshLoop.Round r = loop.refresh(labels, direct, Progress.NONE, Cancellation.NEVER);
            assertEquals(2, r.model().dim());
            FloatMatrix aligned = org.silhouette.layout.Procrustes.fit(r.embedding(), r.coords()).apply(r.embedding());
            for (int i = 0; i < aligned.data().length; i++) {
                assertEquals(r.coords().data()[i], aligned.data()[i], 1e-3, "the map is the head's output, moved");
            }
            double after = Blobs.spreadRatio(r.coords(), b.labels());
            assertTrue(after < before, "classes tighter on the direct map: " + before + " -> " + after);
        }
    }

    @Test
    void eachRoundReplacesAndFreesTheHeadBeforeIt() {
        Blobs b = Blobs.make(3, 40, 16, 2.0, 1.0, 6);
        int[] labels = someLabels(b.labels(), 8);
        MapLoop loop = MapLoop.start(b.x(), 2, Progress.NONE, Cancellation.NEVER);
        RefreshLoop.Round first = loop.refresh(labels, FAST, Progress.NONE, Cancellation.NEVER);
        EmbeddingModel head = loop.state().model();
        assertSame(first.model(), head);
        assertEquals(1, loop.rounds());
        assertTrue(loop.state().coords().allFinite());

        RefreshLoop.Round second = loop.refresh(labels, FAST, Progress.NONE, Cancellation.NEVER);
        assertTrue(second.continued(), "the second round continues the first head");
        assertNotSame(head, loop.state().model());
        assertEquals(2, loop.rounds());

        Suggestions s = loop.suggest(labels, Cancellation.NEVER);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                assertEquals(labels[i], s.label()[i], "a labelled row proposes its own label");
            } else {
                assertTrue(s.label()[i] == -1 || s.label()[i] >= 7, "only label ids in use are proposed");
            }
        }
        loop.close();
        assertNull(loop.state());
    }

    @Test
    void aRoundCancelledAtTheEndLeavesTheMapAsItWas() {
        Blobs b = Blobs.make(3, 30, 16, 2.0, 1.0, 7);
        int[] labels = someLabels(b.labels(), 6);
        try (MapLoop loop = MapLoop.start(b.x(), 2, Progress.NONE, Cancellation.NEVER)) {
            MapState before = loop.state();
            CancelFlag flag = new CancelFlag();
            // cancelled as the last stage reports: the round completes, then is dropped
            Progress cancelOnLayout = (stage, done, total) -> {
                if (stage.startsWith("UMAP") || stage.startsWith("Layout") || stage.startsWith("Re-embedding")) {
                    flag.cancel();
                }
            };
            assertThrows(CancelledException.class, () -> loop.refresh(labels, FAST, cancelOnLayout, flag));
            assertSame(before, loop.state());
            assertEquals(0, loop.rounds());
        }
    }

    /** A round spreads the suggestions beside its layout; asking for them gives what spreading anew gives. */
    @Test
    void theRoundsSuggestionsAreThoseOfItsMapUntilTheLabelsChange() {
        Blobs b = Blobs.make(3, 60, 16, 4.0, 1.0, 5);
        int[] labels = someLabels(b.labels(), 10);
        try (MapLoop loop = MapLoop.start(b.x(), 1, Progress.NONE, Cancellation.NEVER)) {
            RefreshLoop.Round r = loop.refresh(labels, FAST, Progress.NONE, Cancellation.NEVER);
            Suggestions.Compared asked = loop.compareSuggestions(labels, Cancellation.NEVER);
            assertSame(r.suggestions(), asked, "the round's own, not spread again");
            Suggestions.Compared fresh = Suggestions.compare(loop.state().embedding(), labels,
                    Suggestions.Options.defaults(), Cancellation.NEVER);
            assertArrayEquals(fresh.calibrated().label(), asked.calibrated().label());
            assertArrayEquals(fresh.calibrated().confidence(), asked.calibrated().confidence());

            int[] more = someLabels(b.labels(), 20);
            Suggestions.Compared after = loop.compareSuggestions(more, Cancellation.NEVER);
            assertNotSame(asked, after);
            assertArrayEquals(Suggestions.compare(loop.state().embedding(), more, Suggestions.Options.defaults(),
                    Cancellation.NEVER).calibrated().label(), after.calibrated().label(), "new labels: spread anew");
        }
    }

    /**
     * The structure target follows the labels after a round ({@link MapLoop#followLabels}, as the app does while
     * the user looks), so the next round only nudges it before training; a round nobody followed for, or whose
     * labels changed by a large share since, follows in full before it trains.
     */
    @Test
    void aRoundAfterFollowLabelsOnlyNudgesTheTargetUnlessTheLabelsChangedMuch() {
        Blobs b = Blobs.make(3, 60, 16, 4.0, 1.0, 5);
        LoopOptions semi = FAST.toBuilder().structureWeight(1).build();
        try (MapLoop loop = MapLoop.start(b.x(), 1, Progress.NONE, Cancellation.NEVER)) {
            int[] full = new int[1];
            int[] nudges = new int[1];
            Progress count = (stage, done, total) -> {
                if (done == total && total == org.silhouette.layout.StructureMap.FOLLOW_EPOCHS) {
                    full[0]++;
                } else if (done == total && total == org.silhouette.layout.StructureMap.NUDGE_EPOCHS) {
                    nudges[0]++;
                }
            };
            loop.followLabels(semi, count, Cancellation.NEVER);
            assertEquals(0, full[0], "nothing to follow before the first round");
            loop.refresh(someLabels(b.labels(), 10), semi, count, Cancellation.NEVER);
            assertEquals(1, full[0], "the first round follows its labels before it trains");
            loop.followLabels(semi, count, Cancellation.NEVER);
            assertEquals(2, full[0], "then follows them after, for the next round");
            loop.followLabels(semi, count, Cancellation.NEVER);
            assertEquals(2, full[0], "once");

            loop.refresh(someLabels(b.labels(), 11), semi, count, Cancellation.NEVER); // 3 of 33 labels new
            assertEquals(2, full[0], "a small change: the target followed after the last round, only nudged");
            assertEquals(1, nudges[0]);
            loop.refresh(someLabels(b.labels(), 12), semi, count, Cancellation.NEVER);
            assertEquals(3, full[0], "nobody followed for this one: it follows in full first");

            loop.followLabels(semi, count, Cancellation.NEVER);
            loop.refresh(someLabels(b.labels(), 24), semi, count, Cancellation.NEVER); // half the labels new
            assertEquals(5, full[0], "a large change follows in full before training");
            assertEquals(1, nudges[0]);
        }
    }

    @Test
    void theChangedShareCountsLabelledRowsWhoseLabelIsNew() {
        assertEquals(2.0 / 3, MapLoop.changedShare(new int[] {1, 2, -1, -1}, new int[] {1, 3, -1, 4}), 1e-12);
        assertEquals(1.0 / 3, MapLoop.changedShare(new int[] {1, 2, -1, -1}, new int[] {1, 2, -1, 4}), 1e-12);
        assertEquals(1.0, MapLoop.changedShare(null, new int[] {1, -1}), 1e-12);
        assertEquals(0.0, MapLoop.changedShare(new int[] {-1}, new int[] {-1}), 1e-12);
    }
}
