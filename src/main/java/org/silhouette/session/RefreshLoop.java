package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.FloatMatrix;
import org.silhouette.core.Progress;
import org.silhouette.core.UserError;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.train.HeadTrainer;
import org.silhouette.embed.train.StructureTarget;
import org.silhouette.embed.train.TrainOptions;
import org.silhouette.embed.train.TrainResult;
import org.silhouette.layout.Procrustes;
import org.silhouette.layout.Umap;
import org.silhouette.layout.UmapOptions;

import java.util.Locale;

/**
 * One turn of the labelling loop, shared by the app and the {@code simulate} command: fine-tune the head
 * on the labelled images' cached features (unlabelled ones held out), re-embed every image, and move the
 * map there with a warm-started UMAP so points travel rather than jump.
 */
public final class RefreshLoop {
    private RefreshLoop() {
    }

    /** What a round's training started from. */
    public enum Start {
        /** A new head with seeded weights. */
        FRESH(", fresh head"),
        /** The map's previous head. */
        CONTINUED(", continued");

        private final String words;

        Start(String words) {
            this.words = words;
        }
    }

    /**
     * @param model the new head; the caller owns it and closes it when replaced
     * @param coords the new map, same rows as the features
     * @param start what training started from
     */
    public record Round(EmbeddingModel model, FloatMatrix embedding, FloatMatrix coords, TrainResult training,
            Start start, double trainSeconds, double embedSeconds, double layoutSeconds,
            Suggestions.Compared suggestions, double suggestSeconds) {

        public MapState state() {
            return new MapState(model, embedding, coords);
        }

        /** Whether training continued the map's previous head. */
        public boolean continued() {
            return start == Start.CONTINUED;
        }

        /**
         * Train, re-embed, then the layout and the suggestions side by side ({@code layoutSeconds} is the wall
         * time of both).
         */
        public double totalSeconds() {
            return trainSeconds + embedSeconds + layoutSeconds;
        }

        /** The status line of round {@code round}, which left {@code doubtful} labels out of training. */
        String status(int round, int doubtful) {
            return String.format(Locale.ROOT, "Round %d: trained %.1f s (%d steps%s), re-embedded %.2f s,"
                            + " layout %.2f s", round, trainSeconds, training.steps(),
                    start.words, embedSeconds, layoutSeconds)
                    + (doubtful == 0 ? "" : String.format(Locale.ROOT, "; %,d doubtful label%s left out (Ctrl+D)",
                            doubtful, doubtful == 1 ? "" : "s"));
        }
    }

    /**
     * @param features cached backbone features, one row per image
     * @param labels class id per image, {@code -1} for unlabelled
     * @param previous the map now shown (its model, if any, is continued from and left open)
     * @param round 0 for the first round; varies the seed so successive rounds sample different batches
     * @throws UserError when fewer than two classes are labelled: there is nothing to separate yet
     */
    public static Round run(FloatMatrix features, int[] labels, MapState previous, LoopOptions options, int round,
            Progress progress, Cancellation cancel) {
        return run(features, null, null, labels, previous, options, round, progress, cancel);
    }

    /**
     * @param anchor the backbone's own view of the same rows (e.g. {@link IntrospectionMap}'s reduced
     *     features), blended into the layout space with {@link LoopOptions#anchorWeight()}; null for none
     * @param structure where the structure term keeps the unlabelled images, or null to train on labels alone
     */
    public static Round run(FloatMatrix features, FloatMatrix anchor, StructureTarget structure, int[] labels,
            MapState previous, LoopOptions options, int round, Progress progress, Cancellation cancel) {
        return run(features, anchor, structure, labels, previous, options, round, null, progress, cancel);
    }

    /**
     * @param suggestFor labels to spread over the new embedding while the layout runs, on a second thread (the
     *     round's two independent single-threaded stages then share the wall time); null for none
     */
    public static Round run(FloatMatrix features, FloatMatrix anchor, StructureTarget structure, int[] labels,
            MapState previous, LoopOptions options, int round, int[] suggestFor, Progress progress,
            Cancellation cancel) {
        if (labels.length != features.rows() || previous.size() != features.rows()) {
            throw new IllegalArgumentException("features, labels and the map must have the same rows");
        }
        int classes = Labels.classCount(labels);
        if (classes < 2) {
            throw new UserError("Label at least two groups to train the map (" + classes + " so far).");
        }
        int dim = options.headDim(classes);
        boolean first = !canContinue(previous.model(), features, dim);
        EmbeddingModel warm = first ? null : previous.model();
        TrainOptions train = options.training(classes, options.seed() + round, first);

        long t0 = System.nanoTime();
        TrainResult trained = HeadTrainer.fit(features, labels, structure, train, warm, progress, cancel);
        try {
            cancel.check();
            long t1 = System.nanoTime();
            progress.update("Re-embedding", 0, 1);
            FloatMatrix embedding = trained.model().embed(features);
            progress.update("Re-embedding", 1, 1);
            cancel.check();
            long t2 = System.nanoTime();
            Alongside<Suggestions.Compared> suggestions = suggestFor == null ? null : Alongside.start("Suggestions",
                    () -> Suggestions.compare(embedding, suggestFor, Suggestions.Options.defaults(), cancel));
            FloatMatrix coords;
            if (options.directMap()) {
                // the head's output is the map; a similarity transform keeps it where the last map was
                coords = Procrustes.fit(embedding, previous.coords()).apply(embedding);
            } else {
                UmapOptions umap = UmapOptions.builder().seed(options.seed() + round)
                        .warmEpochs(options.umapWarmEpochs()).build();
                FloatMatrix space = anchor == null || options.anchorWeight() == 0 ? embedding
                        : LayoutSpace.blend(embedding, anchor, options.anchorWeight());
                coords = Umap.fit(space, umap, previous.coords(), progress, cancel).coordinates();
            }
            Suggestions.Compared suggested = suggestions == null ? null : suggestions.join();
            long t3 = System.nanoTime();
            Start from = first ? Start.FRESH : Start.CONTINUED;
            return new Round(trained.model(), embedding, coords, trained, from, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, (t3 - t2) / 1e9, suggested, suggestions == null ? 0 : suggestions.seconds());
        } catch (RuntimeException e) {
            trained.model().close();
            throw e;
        }
    }

    /** A head can be continued when it reads these features and writes the dimension asked for. */
    static boolean canContinue(EmbeddingModel model, FloatMatrix features, int dim) {
        return model != null && model.inputDim() == features.cols() && model.dim() == dim;
    }
}
