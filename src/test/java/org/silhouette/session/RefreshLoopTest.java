package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.core.CancelFlag;
import org.silhouette.core.CancelledException;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.testing.Blobs;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefreshLoopTest {
    private static final LoopOptions FAST = LoopOptions.builder().firstTrainSeconds(1.5).trainSeconds(0.4).seed(3).build();

    /** Weakly separated blobs: the backbone's view mixes them, so training has something to do. */
    private static Blobs blobs() {
        return Blobs.make(4, 60, 24, 2.0, 1.0, 42);
    }

    /** The first {@code perClass} of each class labelled with ids 5, 15, 25, ... */
    private static int[] partialLabels(int[] truth, int perClass) {
        return Blobs.partialLabels(truth, perClass, 5, 10);
    }

    /** Runs the checks on a round, then closes its head, also when they fail. */
    private static void checkThenClose(RefreshLoop.Round round, Runnable checks) {
        try {
            checks.run();
        } finally {
            round.model().close();
        }
    }

    @Test
    void introspectionMapPlacesEveryPoint() {
        Blobs b = blobs();
        MapState s = IntrospectionMap.fit(b.x(), null, 1, Progress.NONE, Cancellation.NEVER);
        assertNull(s.model());
        assertEquals(b.x().rows(), s.coords().rows());
        assertTrue(s.coords().allFinite());
        assertEquals(Math.min(IntrospectionMap.COMPONENTS, b.x().cols()), s.embedding().cols());
    }

    @Test
    void aRoundTightensTheLabelledClassesAndKeepsEveryPoint() {
        Blobs b = blobs();
        int[] labels = partialLabels(b.labels(), 15);
        MapState start = IntrospectionMap.fit(b.x(), null, 1, Progress.NONE, Cancellation.NEVER);
        RefreshLoop.Round first = RefreshLoop.run(b.x(), labels, start, FAST, 0, Progress.NONE, Cancellation.NEVER);
        checkThenClose(first, () -> {
            assertFalse(first.continued());
            assertEquals(b.x().rows(), first.coords().rows());
            assertTrue(first.coords().allFinite());
            assertEquals(16, first.embedding().cols());
            // on ALL images of the classes (most of them unlabelled), the head's embedding is tighter than
            // the backbone's view: the labels generalised
            double before = Blobs.spreadRatio(b.x(), b.labels());
            double after = Blobs.spreadRatio(first.embedding(), b.labels());
            assertTrue(after < 0.8 * before, "spread ratio " + before + " -> " + after);
            assertTrue(Blobs.knnAccuracy(first.coords(), b.labels()) > Blobs.knnAccuracy(start.coords(), b.labels()),
                    "the 2-D map should separate the classes better after a round");

            RefreshLoop.Round second = RefreshLoop.run(b.x(), labels, first.state(), FAST, 1, Progress.NONE,
                    Cancellation.NEVER);
            checkThenClose(second, () -> {
                assertTrue(second.continued(), "the second round continues the first head");
                assertTrue(second.trainSeconds() < 1.4, "a warm round uses the short budget");
            });
        });
    }

    @Test
    void anAnchoredMapKeepsUnlabelledClassesApartThatTheHeadAloneMixes() {
        Blobs b = Blobs.make(4, 60, 24, 3.5, 1.0, 42); // the backbone's view separates all four
        int[] labels = partialLabels(b.labels(), 15);
        for (int i = 0; i < labels.length; i++) {
            if (b.labels()[i] >= 2) {
                labels[i] = -1; // classes 2 and 3 stay unseen by the head
            }
        }
        MapState start = IntrospectionMap.fit(b.x(), null, 1, Progress.NONE, Cancellation.NEVER);
        double[] unseenAccuracy = new double[2];
        double[] weights = {0, 1};
        for (int w = 0; w < 2; w++) {
            RefreshLoop.Round r = RefreshLoop.run(b.x(), start.embedding(), null, labels, start,
                    FAST.toBuilder().anchorWeight(weights[w]).build(), 0, Progress.NONE, Cancellation.NEVER);
            try {
                assertEquals(16, r.embedding().cols(), "the head's embedding is what the state keeps");
                unseenAccuracy[w] = nearestNeighbourAccuracy(r.coords(), b.labels(), 2);
            } finally {
                r.model().close();
            }
        }
        assertTrue(unseenAccuracy[1] > unseenAccuracy[0] + 0.1,
                "1-NN accuracy among the unseen classes on the map, head alone vs anchored: "
                        + Arrays.toString(unseenAccuracy));
    }

    /** 1-NN accuracy on the map among the rows whose class is at least {@code fromClass}. */
    private static double nearestNeighbourAccuracy(FloatMatrix coords, int[] truth, int fromClass) {
        int right = 0;
        int total = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] < fromClass) {
                continue;
            }
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < truth.length; j++) {
                if (j == i || truth[j] < fromClass) {
                    continue;
                }
                double dx = coords.get(i, 0) - coords.get(j, 0);
                double dy = coords.get(i, 1) - coords.get(j, 1);
                if (dx * dx + dy * dy < bestD) {
                    bestD = dx * dx + dy * dy;
                    best = j;
                }
            }
            right += truth[best] == truth[i] ? 1 : 0;
            total++;
        }
        return right / (double) total;
    }

    @Test
    void ccePicksItsDimensionFromTheClassCountAndRestartsWhenAClassAppears() {
        Blobs b = blobs();
        int[] two = partialLabels(b.labels(), 10);
        for (int i = 0; i < two.length; i++) {
            if (two[i] >= 25) {
                two[i] = -1; // only classes 0 and 1 (ids 5 and 15)
            }
        }
        LoopOptions cce = FAST.toBuilder().loss(LossKind.CCE).build();
        MapState start = IntrospectionMap.fit(b.x(), null, 1, Progress.NONE, Cancellation.NEVER);
        RefreshLoop.Round r1 = RefreshLoop.run(b.x(), two, start, cce, 0, Progress.NONE, Cancellation.NEVER);
        checkThenClose(r1, () -> {
            assertEquals(2, r1.embedding().cols());
            RefreshLoop.Round r2 = RefreshLoop.run(b.x(), partialLabels(b.labels(), 10), r1.state(), cce, 1,
                    Progress.NONE, Cancellation.NEVER);
            checkThenClose(r2, () -> {
                assertEquals(4, r2.embedding().cols());
                assertFalse(r2.continued(), "a head of the wrong width cannot be continued");
            });
        });
    }

    @Test
    void oneLabelledGroupIsAClearMessage() {
        Blobs b = blobs();
        int[] labels = new int[b.x().rows()];
        Arrays.fill(labels, -1);
        labels[0] = 1;
        labels[4] = 1;
        MapState start = new MapState(null, b.x(), FloatMatrix.zeros(b.x().rows(), 2));
        UserError e = assertThrows(UserError.class,
                () -> RefreshLoop.run(b.x(), labels, start, FAST, 0, Progress.NONE, Cancellation.NEVER));
        assertTrue(e.getMessage().contains("at least two groups"), e.getMessage());
    }

    @Test
    void cancellingStopsTheRound() {
        Blobs b = blobs();
        CancelFlag cancel = new CancelFlag();
        Progress tripOnTraining = (stage, done, total) -> {
            if (done > 2) {
                cancel.cancel();
            }
        };
        MapState start = new MapState(null, b.x(), FloatMatrix.zeros(b.x().rows(), 2));
        assertThrows(CancelledException.class, () -> RefreshLoop.run(b.x(), partialLabels(b.labels(), 15), start,
                FAST.toBuilder().firstTrainSeconds(30).trainSeconds(30).build(), 0, tripOnTraining, cancel));
    }
}
