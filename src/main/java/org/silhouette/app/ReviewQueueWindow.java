package org.silhouette.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.silhouette.project.LabelInfo;
import org.silhouette.session.LabelActions;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.ReviewQueue;
import org.silhouette.session.ReviewQueue.Item;
import org.silhouette.session.ReviewQueue.Verdict;
import org.silhouette.session.ShownRows;

import java.util.List;

/**
 * The review queue (Review > Review suggestions, Ctrl+U): the unlabelled images that have a suggestion, one at a
 * time and large, with the suggested label and its confidence. Enter accepts, X (or Delete) rejects (the image
 * stays unlabelled), 1–9 give the label in that row of the label panel instead, ← → skip, J shows it on the map,
 * and Ctrl+Z takes the last decision back, through the project's undo when it gave a label. Each accept is one
 * undoable label change of one image. The order and stepping are {@link ReviewQueue}'s; the window is
 * {@link ReviewQueuePane}. FX thread.
 */
final class ReviewQueueWindow {

    private final WindowParts app;
    private ReviewQueuePane pane;
    private ReviewQueue queue;
    private ProjectSession queueFor;
    private Item shown;
    private final KeyMap keys = KeyMap.plain().on(this::accept, KeyCode.ENTER).on(this::reject, KeyCode.X,
            KeyCode.DELETE).on(() -> step(1), KeyCode.RIGHT).on(() -> step(-1), KeyCode.LEFT).on(this::jump, KeyCode.J)
            .onDigits(d -> relabel(d - 1));

    ReviewQueueWindow(WindowParts app) {
        this.app = app;
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
        return shown;
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
        queueFor = app.current();
        List<Integer> groups = app.presenter().palette().labels().stream().map(LabelInfo::id).toList();
        queue = ReviewQueue.of(app.presenter().shownRows(), pane.byGroup(), pane.onlyLabel(), groups);
        showHead();
    }

    /** Shows the head of the queue as the map shows it now. */
    private void showHead() {
        if (queueFor != app.current()) {
            pane.stage().hide(); // another project: these images mean nothing there
            return;
        }
        ShownRows now = app.presenter().shownRows();
        shown = queue.current(now);
        pane.setProgress(queue.progress(shown, now, pane.byGroup(), this::labelName));
        if (shown == null) {
            pane.showNothing(ReviewQueue.nothingLeft(app.presenter().suggested() != null));
        } else {
            pane.show(queueFor, shown.image(), ReviewQueue.caption(shown, this::labelName));
        }
    }

    private void accept() {
        decide(shown == null ? -1 : shown.suggested(), Verdict.ACCEPTED);
    }

    private void relabel(int position) {
        LabelInfo l = app.presenter().palette().at(position);
        if (l == null) {
            app.status().message("There is no label " + (position + 1) + " in the label panel.");
        } else {
            decide(l.id(), Verdict.RELABELLED);
        }
    }

    /** Labels the head (one image, one undo step) and moves on. */
    private void decide(int labelId, Verdict verdict) {
        Item item = shown;
        if (item == null || labelId < 0) {
            return;
        }
        if (!app.labels().writableProperty().get()) {
            app.status().message("This window is read-only: the review changes no label here.");
            return;
        }
        queue.decide(item, verdict);
        queueFor.review().suggestionJudged(item.image(), labelId == item.suggested()); // 1…9 may pick it too
        app.labels().run(LabelActions.relabel(new int[] {item.image()}, labelId,
                ReviewQueue.labelled(queueFor.imageName(item.image()), labelName(labelId))));
        showHead();
    }

    private void reject() {
        if (shown != null) {
            queue.decide(shown, Verdict.REJECTED);
            queueFor.review().suggestionJudged(shown.image(), false);
            showHead();
        }
    }

    private void step(int direction) {
        queue.step(direction, app.presenter().shownRows());
        showHead();
    }

    /** Takes the last decision back: a label given is undone through the project's undo. */
    private void undo() {
        ReviewQueue.Decision d = queue.undoLast();
        if (d == null) {
            app.status().message("No decision to take back in this review.");
            return;
        }
        if (d.verdict() != Verdict.REJECTED) {
            app.labels().undo();
        }
        showHead();
    }

    private void jump() {
        if (shown != null) {
            app.presenter().showOnMap(shown.image());
        }
    }

    private String labelName(int id) {
        return app.presenter().shown().labelName(id);
    }
}
