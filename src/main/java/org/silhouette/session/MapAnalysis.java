package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;
import org.silhouette.project.LabelState;

import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a session reads off the map now shown, apart from moving it: the suggestions, the demo-truth line, the
 * quality figures and the labels their neighbours contradict, with the user's review of those. The session
 * hands it the features and the loop of the moment; it keeps only the review and the truth.
 */
final class MapAnalysis {

    private final DemoTruth truth;
    private final LabelReview review = new LabelReview();

    /** @param truth the folder's demo truth, null when it has none */
    MapAnalysis(DemoTruth truth) {
        this.truth = truth;
    }

    LabelReview review() {
        return review;
    }

    /** The labelled rows the user confirmed, which training keeps whatever their neighbours say. */
    BitSet trusted(Rows rows, int[] labelOfRow) {
        return review.trustedRows(rows, labelOfRow);
    }

    /**
     * Suggestions and demo truth (handed to {@code suggested} at once), then the quality figures, for
     * {@code shown}.
     */
    MapSnapshot analyse(MapSnapshot shown, LabelState labels, FeatureStage.Features f, MapLoop loop,
            LoopOptions options, Progress progress, Cancellation cancel, Consumer<MapSnapshot> suggested) {
        Rows rows = f.rows();
        int[] labelOfRow = rows.labelsOf(labels);
        Suggestions s = review.withVerdicts(rows, labels.imageCount(), loop.suggest(labelOfRow, cancel), labelOfRow);
        String t = truth == null ? null : truth.score(labels, rows.spread(s.label(), labels.imageCount())).describe();
        suggested.accept(shown.withAnalysis(s.label(), s.confidence(), null, t)); // at once: quality takes longer
        progress.update("Measuring quality", 0, -1);
        QualityReport q = QualityMeter.measure(f.matrix(), loop.state().embedding(), labelOfRow, options,
                loop.rounds(), progress, cancel);
        return shown.withAnalysis(s.label(), s.confidence(), q, t);
    }

    /** For each label, what the suggestions give its images when they are held out of the spreading. */
    Confusion confusion(LabelState labels, Rows rows, MapLoop loop, Cancellation cancel) {
        int[] labelOfRow = rows.labelsOf(labels);
        int[] heldOut = HeldOutSuggestions.of(loop.state().embedding(), labelOfRow, Suggestions.Options.defaults(),
                cancel);
        return Confusion.of(labels.labels().stream().map(org.silhouette.project.LabelInfo::id).toList(), rows,
                labelOfRow, heldOut);
    }

    /** The labels their neighbours contradict, for review, most doubtful first. */
    List<LabelReview.DoubtfulImage> doubtful(LabelState labels, Rows rows, MapLoop loop, Cancellation cancel) {
        int[] labelOfRow = rows.labelsOf(labels);
        return LabelReview.images(rows, loop.doubts(labelOfRow, trusted(rows, labelOfRow), cancel));
    }
}
