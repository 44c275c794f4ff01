package org.silhouette.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.silhouette.session.LabelActions;
import org.silhouette.session.ReviewQueue;
import org.silhouette.session.ReviewQueue.Item;
import org.silhouette.session.SuggestionReview;

/**
 * The review queue (Review > Review suggestions, Ctrl+U): the unlabelled images that have a suggestion, one at a
 * time and large, with the suggested label and its confidence. Enter accepts, X (or Delete) rejects (the image
 * stays unlabelled), 1–9 give the label in that row of the label panel instead, ← → skip, J shows it on the map,
 * and Ctrl+Z takes the last decision back, through the project's undo when it gave a label. Each accept is one
 * undoable label change of one image. The order and stepping are {@link ReviewQueue}'s, the decisions
 * {@link SuggestionReview}'s; the window is {@link ReviewQueuePane}. FX thread.
 */
final class ReviewQueueWindow {

    private final WindowParts app;
    private final SuggestionReview review;
    private ReviewQueuePane pane;
    private final KeyMap keys = KeyMap.plain().on(this::accept, KeyCode.ENTER).on(this::reject, KeyCode.X,
            KeyCode.DELETE).on(() -> step(1), KeyCode.RIGHT).on(() -> step(-1), KeyCode.LEFT).on(this::jump, KeyCode.J)
            .onDigits(this::relabel);

    ReviewQueueWindow(WindowParts app) {
        this.app = app;
        this.review = new SuggestionReview(app.presenter());
        app.presenter().addShownListener(() -> {
            if (isShowing()) {
                showHead();
            }
        });
    }

    /** Opens the window (or brings it forward) on a fresh queue of the suggestions shown now. */
    void show() {
        if (app.current() == null) {
            return;
        }
        if (pane == null) {
            pane = new ReviewQueuePane(app.workers().inspector, app.owner().get(), new ReviewQueuePane.Actions(
                    this::accept, this::reject, () -> step(-1), () -> step(1), this::jump, this::undo), this::refill,
                    this::pressed);
        }
        refill();
        pane.window().bringForward(null);
    }

    boolean isShowing() {
        return pane != null && pane.stage().isShowing();
    }

    Stage stage() {
        return pane == null ? null : pane.stage();
    }

    /** The image at the head of the queue, or null. */
    Item head() {
        return review.head();
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
            undo();
            e.consume();
        } else {
            keys.pressed(e);
        }
    }

    /** A new queue from the suggestions shown now, in the chosen order, of every label or of one. */
    private void refill() {
        pane.setLabels(app.presenter().palette().names());
        review.refill(app.current(), pane.byGroup(), pane.onlyLabel());
        showHead();
    }

    /** Shows the head of the queue as the map shows it now. */
    private void showHead() {
        if (review.session() != app.current()) {
            pane.stage().hide(); // another project: these images mean nothing there
            return;
        }
        Item head = review.findHead();
        pane.setProgress(review.progress(pane.byGroup()));
        if (head == null) {
            pane.showNothing(review.caption());
        } else {
            pane.show(review.session(), head.image(), review.caption());
        }
    }

    private boolean writable() {
        return app.labels().writableProperty().get();
    }

    private void accept() {
        run(review.accept(writable()));
    }

    /** 1–9: the label in that row of the label panel instead. */
    private void relabel(int digit) {
        run(review.relabel(digit - 1, writable()));
    }

    private void reject() {
        review.reject();
        showHead();
    }

    private void step(int direction) {
        review.step(direction);
        showHead();
    }

    private void undo() {
        run(review.undo());
    }

    /** Runs what a key came to (a label given or taken back), then shows the queue's new head. */
    private void run(LabelActions.Outcome decided) {
        app.labels().run(decided);
        showHead();
    }

    private void jump() {
        if (review.head() != null) {
            app.presenter().showOnMap(review.head().image());
        }
    }
}
