package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.CancelledException;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.train.StructureTarget;
import org.silhouette.layout.StructureMap;
import org.silhouette.layout.Umap;
import org.silhouette.layout.UmapOptions;

import java.util.BitSet;

/**
 * The map of one feature matrix through the labelling loop: the first map, each refresh round and the
 * suggestions, always on the same rows. The app's {@link ProjectSession} and the {@code simulate} command
 * both drive it, so what simulate measures is what the app does. Owns its head; one thread at a time.
 */
public final class MapLoop implements AutoCloseable {

    private final FloatMatrix features;
    private MapState state;
    /** The backbone's own view of {@code features}, which anchors every refreshed map; made when first needed. */
    private FloatMatrix backboneView;
    /** The backbone's neighbourhoods in the head's dimension, for the structure term; made when first needed. */
    private StructureMap structure;
    private int rounds;
    /**
     * At most this share of the labelled rows is left out of a round's training, the most doubtful first. On
     * CIFAR-10 with MobileNetV2 features, a tenth to a third of the correct labels looked doubtful too
     * (docs/APP.md); the cap bounds what such false alarms can cost the head.
     */
    static final double MAX_LEFT_OUT = 0.05;
    /**
     * A round whose labels differ from those the target last followed in at least this share of its labelled
     * rows follows in full before it trains rather than only being nudged: early in labelling each lasso adds
     * a large share, and on CIFAR-10 a target a round behind cost the realistic annotator there
     * (docs/RESULTS.md). A lasso of 100 onto 2,000 labels is a nudge.
     */
    static final double FULL_FOLLOW_CHANGE = 0.25;
    /** The labels the last round left out of training ({@link DoubtfulLabels}). */
    private DoubtfulLabels.Found lastDoubts = DoubtfulLabels.Found.none();
    /** The labels the last round's head was trained with; null before the first round. */
    private int[] trainedOn;
    /** Whether the structure target has followed {@link #trainedOn} since that round ({@link #followLabels}). */
    private boolean followed;
    /** The suggestions the last round spread beside its layout, for the labels they were spread from. */
    private Suggestions.Compared suggested;
    private int[] suggestedFor;

    private MapLoop(FloatMatrix features, MapState state, int rounds) {
        this.features = features;
        this.state = state;
        this.backboneView = state.model() == null ? state.embedding() : null;
        this.rounds = rounds;
    }

    /**
     * The map a project opens with: the saved layout when it still covers every row, else a layout continued
     * from whatever it covers, else a fresh one; through the saved head when there is one, else from the
     * backbone's own view ({@link IntrospectionMap}).
     *
     * @param features backbone features, one row per map row
     * @param saved the saved coordinates of each row (NaN rows: not placed yet), or null
     * @param head the saved head, or null; the loop owns it from here on, also when this throws
     * @param roundsDone rounds run before (they vary the seeds), 0 for a new map
     */
    public static MapLoop start(FloatMatrix features, FloatMatrix saved, EmbeddingModel head, long seed,
            int roundsDone, Progress progress, Cancellation cancel) {
        try {
            return new MapLoop(features, firstState(features, saved, head, seed, progress, cancel), roundsDone);
        } catch (RuntimeException e) {
            if (head != null) {
                head.close();
            }
            throw e;
        }
    }

    /** A fresh map from the backbone's own view, as {@code simulate} starts. */
    public static MapLoop start(FloatMatrix features, long seed, Progress progress, Cancellation cancel) {
        return start(features, null, null, seed, 0, progress, cancel);
    }

    private static MapState firstState(FloatMatrix features, FloatMatrix saved, EmbeddingModel head, long seed,
            Progress progress, Cancellation cancel) {
        boolean complete = saved != null && saved.allFinite();
        FloatMatrix partial = saved != null && anyFinite(saved) ? saved : null;
        if (head != null) {
            progress.update("Embedding with the saved head", 0, 1);
            FloatMatrix embedding = head.embed(features);
            FloatMatrix coords = complete ? saved
                    : Umap.fit(embedding, UmapOptions.builder().seed(seed).build(), partial, progress, cancel).coordinates();
            return new MapState(head, embedding, coords);
        }
        if (complete) {
            return new MapState(null, IntrospectionMap.backboneView(features), saved);
        }
        return IntrospectionMap.fit(features, partial, seed, progress, cancel);
    }

    /**
     * One round of the loop on these labels ({@link RefreshLoop}): the map moves to the new head's embedding
     * beside the backbone's own view. A round cancelled after it finished is dropped, its head freed.
     *
     * @param labels class id per row, -1 for unlabelled
     */
    public RefreshLoop.Round refresh(int[] labels, LoopOptions options, Progress progress, Cancellation cancel) {
        return refresh(labels, new BitSet(), options, progress, cancel);
    }

    /**
     * A round as above, whose head does not train on doubtful labels: those that their neighbours contradict
     * in the backbone's view and in the current head ({@link #doubts}), unless the user confirmed them; at most
     * {@link #MAX_LEFT_OUT} of the labels, the most doubtful. A lasso
     * that caught a few images of another class then cannot drag that class along. Only the labels handed to
     * {@link RefreshLoop#run} change; the suggestions and the quality figures still see every label.
     *
     * @param trusted rows whose labels the user confirmed: never left out
     */
    public RefreshLoop.Round refresh(int[] labels, BitSet trusted, LoopOptions options, Progress progress,
            Cancellation cancel) {
        int labelled = (int) java.util.Arrays.stream(labels).filter(l -> l >= 0).count();
        DoubtfulLabels.Found doubtful = doubts(labels, trusted, cancel)
                .mostDoubtful((int) Math.ceil(MAX_LEFT_OUT * labelled));
        int[] training = doubtful.withoutDoubtful(labels);
        if (Labels.classCount(training) < 2) {
            training = labels; // leaving them out would leave nothing to separate: train on what the user said
        }
        if (backboneView == null && options.anchorWeight() > 0) {
            progress.update("Reducing features", 0, 1);
            backboneView = IntrospectionMap.backboneView(features);
        }
        StructureTarget target = null;
        if (prepare(options, Labels.classCount(training), progress, cancel)) {
            // the target followed the last round's labels after that round ({@link #followLabels}), while the
            // user looked at its map, and is nudged to this round's here, unless the labels changed too much
            // since (early rounds, or the first) for a nudge: then it follows in full, before training
            FloatMatrix at = followed && changedShare(trainedOn, training) < FULL_FOLLOW_CHANGE
                    ? structure.follow(training, StructureMap.NUDGE_EPOCHS, progress, cancel)
                    : structure.follow(training, progress, cancel);
            target = StructureTarget.of(at, structure.rowWeights(training));
        }
        int[] spreadFrom = labels.clone();
        RefreshLoop.Round r = RefreshLoop.run(features, backboneView, target, training, state, options, rounds,
                spreadFrom, progress, cancel);
        if (cancel.isCancelled()) {
            r.model().close();
            cancel.check();
        }
        replace(r.state());
        rounds++;
        lastDoubts = doubtful;
        trainedOn = training;
        followed = false;
        suggested = r.suggestions();
        suggestedFor = spreadFrom;
        return r;
    }

    /**
     * Moves the structure target {@link StructureMap#FOLLOW_EPOCHS} epochs towards the labels the last round
     * trained on, for the next round to train against, so that the next round need not wait for it. The app
     * runs it once a round's map and figures are out, while the user looks; {@code simulate} at the same point.
     * The next round then only nudges the target towards its own labels before training (see
     * {@link #FULL_FOLLOW_CHANGE}). Does nothing before the first round, twice, or without the term. Stops
     * quietly when cancelled (a newer request came in): the next round then follows before it trains.
     */
    public void followLabels(LoopOptions options, Progress progress, Cancellation cancel) {
        Progress next = (stage, done, total) -> progress.update("Preparing the next round", done, total);
        try {
            if (trainedOn != null && !followed && prepare(options, Labels.classCount(trainedOn), next, cancel)) {
                structure.follow(trainedOn, next, cancel);
                followed = true;
            }
        } catch (CancelledException e) {
            // nothing lost: the target is only moved once the follow completes
        }
    }

    /** The share of the rows labelled in {@code now} whose label differs in {@code before} (null: all). */
    static double changedShare(int[] before, int[] now) {
        int labelled = 0;
        int changed = 0;
        for (int i = 0; i < now.length; i++) {
            if (now[i] >= 0) {
                labelled++;
                changed += before == null || before[i] != now[i] ? 1 : 0;
            }
        }
        return labelled == 0 ? 0 : changed / (double) labelled;
    }

    /**
     * Maps the backbone's neighbourhoods for the structure term, once per head dimension, so that the first
     * round need not; the app runs it in the background after a folder opens.
     *
     * @return whether these options train with the structure term
     */
    public boolean prepare(LoopOptions options, int classes, Progress progress, Cancellation cancel) {
        if (!(options.structureWeight() > 0) || !options.loss().combinesWithStructure()) {
            return false;
        }
        int dim = options.headDim(classes);
        if (structure == null || structure.base().cols() != dim) {
            progress.update("Mapping the backbone's neighbourhoods", 0, -1);
            structure = StructureMap.build(features, dim, options.seed(), 2, progress, cancel);
            followed = false;
        }
        return true;
    }

    /** The labels that the backbone's view and the map's head (when it has one) both contradict. */
    public DoubtfulLabels.Found doubts(int[] labels, BitSet trusted, Cancellation cancel) {
        if (backboneView == null) {
            backboneView = IntrospectionMap.backboneView(features);
        }
        FloatMatrix head = state.model() == null ? null : state.embedding();
        return DoubtfulLabels.find(backboneView, head, labels, trusted, DoubtfulLabels.Options.defaults(), cancel);
    }

    /** The labels the last round left out of its training; none before the first round. */
    public DoubtfulLabels.Found lastDoubts() {
        return lastDoubts;
    }

    /** The labels the last round's head was trained with (doubtful ones -1); null before the first round. */
    public int[] trainedOn() {
        return trainedOn == null ? null : trainedOn.clone();
    }

    /** Labels spread to the unlabelled rows over the map's embedding, with calibrated confidence. */
    public Suggestions suggest(int[] labels, Cancellation cancel) {
        return compareSuggestions(labels, cancel).calibrated();
    }

    /**
     * The calibrated suggestions beside the raw spreading they came from: those the last round spread beside
     * its layout when the labels are still the ones it spread, else spread now.
     */
    public Suggestions.Compared compareSuggestions(int[] labels, Cancellation cancel) {
        if (suggested != null && java.util.Arrays.equals(labels, suggestedFor)) {
            return suggested;
        }
        return Suggestions.compare(state.embedding(), labels, Suggestions.Options.defaults(), cancel);
    }

    public FloatMatrix features() {
        return features;
    }

    /** What the map shows now; its model stays owned by this loop. */
    public MapState state() {
        return state;
    }

    /** Rounds run so far, counting those before a restart with new features. */
    public int rounds() {
        return rounds;
    }

    /** Frees the head. */
    @Override
    public void close() {
        replace(null);
    }

    /** Takes ownership of the new state's model and closes the old one's; suggestions of the old map go. */
    private void replace(MapState next) {
        MapState old = state;
        state = next;
        suggested = null;
        suggestedFor = null;
        if (old != null && old.model() != null && (next == null || old.model() != next.model())) {
            old.model().close();
        }
    }

    private static boolean anyFinite(FloatMatrix m) {
        for (int r = 0; r < m.rows(); r++) {
            if (Float.isFinite(m.get(r, 0)) && Float.isFinite(m.get(r, 1))) {
                return true;
            }
        }
        return false;
    }
}
