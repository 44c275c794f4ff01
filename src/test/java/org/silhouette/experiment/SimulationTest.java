package org.silhouette.experiment;

import org.junit.jupiter.api.Test;
import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.session.LoopOptions;
import org.silhouette.testing.Blobs;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulationTest {

    /** 200 points in a tight blob at (0, 0) and 200 spread uniformly over [−20, 20]². */
    private static FloatMatrix denseAndSparse() {
        SplittableRandom r = new SplittableRandom(3);
        float[] xy = new float[800];
        for (int i = 0; i < 200; i++) {
            xy[2 * i] = (float) (r.nextGaussian() * 0.5);
            xy[2 * i + 1] = (float) (r.nextGaussian() * 0.5);
        }
        for (int i = 200; i < 400; i++) {
            xy[2 * i] = (float) (r.nextDouble() * 40 - 20);
            xy[2 * i + 1] = (float) (r.nextDouble() * 40 - 20);
        }
        return new FloatMatrix(400, 2, xy);
    }

    @Test
    void theDensityStepLassoesTheDenseGroup() {
        FloatMatrix xy = denseAndSparse();
        boolean[] all = new boolean[400];
        Arrays.fill(all, true);
        LassoPicker.Lasso lasso = LassoPicker.pick(xy, all, LassoPicker.Options.defaults());
        long fromBlob = Arrays.stream(lasso.members()).filter(i -> i < 200).count();
        assertTrue(fromBlob >= 150, "most of the blob is inside: " + fromBlob);
        assertTrue(fromBlob >= 0.9 * lasso.members().length,
                "few background points inside: " + (lasso.members().length - fromBlob));
        assertTrue(lasso.contains(0, 0));
        assertFalse(lasso.contains(15, 15));
        for (int i : lasso.members()) {
            assertTrue(lasso.contains(xy.get(i, 0), xy.get(i, 1)), "members lie inside the outline");
        }
    }

    @Test
    void onlyCandidatesAreLassoedAndNoCandidateMeansNoLasso() {
        FloatMatrix xy = denseAndSparse();
        boolean[] candidate = new boolean[400];
        for (int i = 200; i < 400; i++) {
            candidate[i] = true; // the blob is already labelled
        }
        LassoPicker.Lasso lasso = LassoPicker.pick(xy, candidate, LassoPicker.Options.defaults());
        assertTrue(lasso.members().length > 0);
        assertTrue(Arrays.stream(lasso.members()).allMatch(i -> i >= 200));
        assertNull(LassoPicker.pick(xy, new boolean[400], LassoPicker.Options.defaults()));
    }

    @Test
    void theHastyPersonGivesTheMinorityTheMajorityLabel() {
        int[] truth = {0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 1};
        int[] members = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        int name = Annotator.majority(members, truth, 3);
        assertEquals(0, name);
        int[] labels = new int[truth.length];
        Arrays.fill(labels, -1);
        Annotator.name(labels, members, name);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1}, labels);
        assertEquals(7 / 11.0, Simulation.accuracy(labels, truth), 1e-12);
        assertEquals(10 / 11.0, Simulation.coverage(labels), 1e-12);
        assertEquals(7, Annotator.correctIfNamed(members, truth, name));
        // ties go to the lower class id
        assertEquals(1, Annotator.majority(new int[] {0, 1}, new int[] {2, 1}, 3));
    }

    @Test
    void acceptingSuggestionsLabelsOnlyMembersThatHaveOne() {
        int[] truth = {0, 1, 1, 0};
        int[] suggested = {0, 1, -1, 1};
        int[] labels = {-1, -1, -1, -1};
        assertEquals(2, Annotator.correctIfAccepted(new int[] {0, 1, 2, 3}, truth, suggested));
        assertEquals(3, Annotator.accept(labels, new int[] {0, 1, 2, 3}, suggested));
        assertArrayEquals(new int[] {0, 1, -1, 1}, labels);
    }

    @Test
    void theSpotCheckCountsWrongSuggestionsAmongUnlabelledImages() {
        int n = 100;
        int[] truth = new int[n];
        int[] suggested = new int[n];
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        for (int i = 0; i < 10; i++) {
            suggested[i] = 1; // ten wrong suggestions
        }
        // looking at everything: 10 wrong
        assertTrue(Annotator.spotCheckPasses(labels, suggested, truth, 100, 10, new SplittableRandom(1)));
        assertFalse(Annotator.spotCheckPasses(labels, suggested, truth, 100, 9, new SplittableRandom(1)));
        // once the wrong ones are labelled, the check sees only right suggestions
        for (int i = 0; i < 10; i++) {
            labels[i] = 0;
        }
        assertTrue(Annotator.spotCheckPasses(labels, suggested, truth, 50, 0, new SplittableRandom(1)));
    }

    /** Four far-apart blobs: the map shows four islands, so a few lassos label everything right. */
    @Test
    void wellSeparatedBlobsAreLabelledPerfectlyInAFewActions() {
        Blobs b = Blobs.make(4, 60, 8, 25.0, 1.0, 5);
        LoopOptions loop = LoopOptions.builder().firstTrainSeconds(0.3).trainSeconds(0.2).seed(1).build();
        Simulation.Options o = options(Simulation.Mode.STATIC, loop, 12, 1, false, 2, Person.HASTY);
        Simulation.Curve c = run(b, 4, o);
        int reach = c.actionsTo(1.0);
        assertTrue(reach > 0 && reach <= 8, "100% after " + reach + " actions; curve " + Arrays.toString(c.accuracy()));
        assertEquals(0.0, c.accuracy()[0]);
        assertEquals("start", c.kinds().getFirst());
        for (int i = 1; i < c.actions().length; i++) {
            assertEquals(i, c.actions()[i]);
            assertTrue(c.coverage()[i] >= c.coverage()[i - 1], "coverage never falls");
            assertEquals(0, c.wrong()[i], "pure islands give no wrong labels");
        }
        assertEquals(1.0, c.coverage()[c.coverage().length - 1]);
    }

    /** Thirty static-map actions, no suggestions, on two classes of 100 that overlap on the map. */
    private static Simulation.Curve twoOverlappingClasses(Person person) {
        Blobs b = Blobs.make(2, 100, 4, 1.0, 1.0, 9);
        LoopOptions loop = LoopOptions.builder().seed(2).build();
        Simulation.Options o = options(Simulation.Mode.STATIC, loop, 30, 2, false, 2, person);
        return run(b, 2, o);
    }

    /** Two classes that overlap on the map: the hasty lasso labels some images wrongly, and the curve says so. */
    @Test
    void mixedGroupsLeaveWrongLabelsThatAccuracyCounts() {
        Simulation.Curve c = twoOverlappingClasses(Person.HASTY);
        int last = c.actions().length - 1;
        int wrong = Arrays.stream(c.wrong()).sum();
        assertTrue(wrong > 0, "overlapping classes must cost wrong labels");
        int labelled = (int) Math.round(c.coverage()[last] * 200);
        assertEquals(labelled - wrong, Math.round(c.accuracy()[last] * 200), "accuracy = right labels over all images");
    }

    /** The same overlapping classes, but the person deselects each lasso's minority: no wrong label, ever. */
    @Test
    void aCarefulAnnotatorLeavesTheMinorityUnlabelledInsteadOfWrong() {
        Simulation.Curve c = twoOverlappingClasses(Person.CAREFUL);
        int last = c.actions().length - 1;
        assertEquals(0, Arrays.stream(c.wrong()).sum(), "careful lassos label only the majority class");
        assertEquals(c.coverage()[last], c.accuracy()[last], 1e-12, "every label given is right");
        // ... and still labels a fair share: over 52 seeded variants of this setting the final accuracy ranged
        // 0.355-0.630 (mean 0.47) before the UMAP changes of issue 12 and 0.390-0.600 (mean 0.47) after; the
        // earlier bound of 0.5 held for this seed by luck and failed when the map's edge order changed.
        assertTrue(c.accuracy()[last] > 0.3, "curve " + Arrays.toString(c.accuracy()));
    }

    /**
     * Thirty static-map actions with suggestions, on five classes of 120 that overlap on the map (a setting
     * where a lasso's suggestions are often worth accepting, and some of them are wrong).
     */
    private static Simulation.Curve fiveOverlappingClassesWithSuggestions(Person person) {
        Blobs b = Blobs.make(5, 120, 4, 1.6, 1.0, 2);
        LoopOptions loop = LoopOptions.builder().seed(2).build();
        Simulation.Options o = options(Simulation.Mode.STATIC, loop, 30, 2, true, 0, person);
        return run(b, 5, o);
    }

    private static int wrongIn(Simulation.Curve c, String kind) {
        int wrong = 0;
        for (int i = 0; i < c.kinds().size(); i++) {
            wrong += c.kinds().get(i).equals(kind) ? c.wrong()[i] : 0;
        }
        return wrong;
    }

    /**
     * Where a hasty person's accept-in-lasso actions take wrong suggestions, the careful one deselects them,
     * and the realistic one lets some of the minority through where the careful one lets none.
     */
    @Test
    void theCarefulPersonAcceptsNoWrongSuggestionInALasso() {
        Simulation.Curve hasty = fiveOverlappingClassesWithSuggestions(Person.HASTY);
        Simulation.Curve careful = fiveOverlappingClassesWithSuggestions(Person.CAREFUL);
        Simulation.Curve realistic = fiveOverlappingClassesWithSuggestions(Person.REALISTIC);
        assertTrue(wrongIn(hasty, "accept-in-lasso") > 0, "the setting must offer wrong suggestions in lassos: "
                + hasty.kinds());
        assertTrue(careful.kinds().contains("accept-in-lasso"), careful.kinds().toString());
        assertEquals(0, wrongIn(careful, "accept-in-lasso"));
        assertEquals(0, wrongIn(careful, "lasso"));
        assertTrue(wrongIn(realistic, "lasso") + wrongIn(realistic, "accept-in-lasso") > 0,
                "the realistic person misses some misfits");
    }

    /** With a step budget the loop repeats exactly: same seed, same curves, suggestions included. */
    @Test
    void aSeededLoopWithAStepBudgetRepeatsExactly() {
        Blobs b = Blobs.make(3, 60, 8, 3.0, 1.0, 17);
        LoopOptions loop = LoopOptions.builder().firstTrainSteps(30).trainSteps(10).seed(5).build();
        Simulation.Options o = options(Simulation.Mode.LOOP, loop, 6, 5, true, 2, Person.REALISTIC);
        Simulation.Curve first = run(b, 3, o);
        Simulation.Curve again = run(b, 3, o);
        assertTrue(Arrays.stream(first.seconds()).anyMatch(s -> s > 0), "the loop retrained");
        assertArrayEquals(first.accuracy(), again.accuracy());
        assertArrayEquals(first.withSuggestions(), again.withSuggestions());
        assertEquals(first.kinds(), again.kinds());
        assertArrayEquals(first.groups(), again.groups());
    }

    @Test
    void theLoopRetrainsThroughTheSessionAndAcceptsSuggestions() {
        Blobs b = Blobs.make(3, 40, 8, 12.0, 1.0, 7);
        LoopOptions loop = LoopOptions.builder().firstTrainSeconds(0.3).trainSeconds(0.15).seed(4).build();
        // 14 actions: calibrated suggestions leave images the named groups barely reach to later lassos
        Simulation.Options o = Simulation.Options.defaults(Simulation.Mode.LOOP, loop, 14, 4);
        Simulation.Curve c = run(b, 3, o);
        int last = c.actions().length - 1;
        // the spot check lets a bulk accept through with up to 2 wrong of 50, so not necessarily 100%
        assertTrue(c.accuracy()[last] >= 0.95, "curve " + Arrays.toString(c.accuracy()) + " kinds " + c.kinds());
        assertEquals(1.0, c.coverage()[last]);
        assertTrue(Arrays.stream(c.seconds()).anyMatch(s -> s > 0), "some action refreshed the map");
        assertTrue(c.kinds().stream().anyMatch(k -> k.startsWith("accept")), "suggestions were used: " + c.kinds());
    }

    /**
     * Options with the default lasso, a spot check of 50 suggestions that lets {@code spotCheckWrong} wrong ones
     * through, and training from the second named class on.
     */
    private static Simulation.Options options(Simulation.Mode mode, LoopOptions loop, int budget, long seed,
            boolean suggestions, int spotCheckWrong, Person person) {
        return new Simulation.Options(mode, loop, budget, seed, suggestions, LassoPicker.Options.defaults(), 50,
                spotCheckWrong, 2, person);
    }

    /** A quiet, uncancelled run over the blobs. */
    private static Simulation.Curve run(Blobs b, int classes, Simulation.Options o) {
        return Simulation.run(b.x(), b.labels(), classes, o, Simulation.Listener.NONE, Progress.NONE,
                Cancellation.NEVER);
    }

    /** An outlier far from both blobs gets no suggestion; accepting "all" would then change nothing. */
    @Test
    void noAcceptAllOfNothingWhenTheOpenImagesHaveNoSuggestion() {
        Blobs b = Blobs.make(2, 60, 4, 6.0, 1.0, 5);
        float[][] rows = new float[121][];
        int[] truth = new int[121];
        for (int i = 0; i < 120; i++) {
            rows[i] = new float[4];
            for (int j = 0; j < 4; j++) {
                rows[i][j] = b.x().get(i, j);
            }
            truth[i] = b.labels()[i];
        }
        rows[120] = new float[] {60, 60, 60, 60};
        truth[120] = 1;
        Simulation.Curve c = Simulation.run(FloatMatrix.of(rows), truth, 2,
                Simulation.Options.defaults(Simulation.Mode.STATIC, LoopOptions.builder().seed(2).build(), 12, 2),
                Simulation.Listener.NONE, Progress.NONE, Cancellation.NEVER);
        for (int a = 1; a < c.actions().length; a++) {
            assertTrue(c.groups()[a] > 0, "action " + a + " (" + c.kinds().get(a) + ") labelled nothing: " + c.kinds());
        }
    }
}
