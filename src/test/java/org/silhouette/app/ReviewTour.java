package org.silhouette.app;

import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.silhouette.harness.fx.FxThread;
import org.silhouette.session.Confusion;
import org.silhouette.session.MapFilter;
import org.silhouette.session.MapFiltering;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Not a test: the review views on the demo once {@link DemoTour} has labelled it and run the loop, for the docs:
 * the map filtered to the unlabelled images around the labelled sneakers, the review queue, the confusion table, and the map after a click
 * on the table's largest mix-up.
 */
final class ReviewTour {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private ReviewTour() {
    }

    static void shots(MainWindow w, Path out) throws Exception {
        FxThread.run(() -> { // what is left to label around the sneakers, their thumbnails large
            w.map().selectionModel().clear();
            w.map().setColourMode(org.silhouette.render.ColourMode.LABEL);
            w.review.filter.setFilter(new MapFiltering.Choice("Unlabelled", MapFilter.Kind.UNLABELLED, -1), "");
            int sneaker = w.presenter().labels().labelNamed("sneaker").orElseThrow().id();
            java.util.BitSet rows = new java.util.BitSet();
            for (int r = 0; r < w.presenter().labelOfRow().length; r++) {
                rows.set(r, w.presenter().labelOfRow()[r] == sneaker);
            }
            float[] centre = DemoTour.densestOf(w, rows);
            w.map().fitToView();
            w.map().viewport().centreOn(centre[0], centre[1]);
            w.map().viewport().zoomAbout(w.map().viewport().width() / 2, w.map().viewport().height() / 2,
                    Math.max(1, 28 / Math.max(1e-9, w.map().spacingPx())));
        });
        DemoTour.settle(w);
        Thread.sleep(2000); // thumbnails stream in
        DemoTour.settle(w);
        DemoTour.shot(w, out.resolve("06-filter-unlabelled.png"));
        System.out.println("filter: " + FxThread.call(() -> w.review.filter.filter() + ", "
                + w.review.filter.matches().cardinality()) + " shown");
        FxThread.run(() -> w.review.filter.clear());

        FxThread.run(() -> w.review.queue.show());
        ReviewQueueWindow q = FxThread.call(() -> w.review.queue);
        FxThread.await("the review queue's image", TIMEOUT, () -> q.head() != null && decoded(q.stage()));
        Thread.sleep(300);
        DemoTour.shot(q.stage().getScene(), out.resolve("07-review-queue.png"));
        FxThread.run(() -> q.stage().hide());

        long asked = System.nanoTime();
        FxThread.run(() -> w.review.confusion.show());
        ConfusionWindow cw = FxThread.call(() -> w.review.confusion);
        FxThread.await("the confusion table", TIMEOUT, () -> cw.confusion() != null);
        System.out.printf("confusion table shown %.2f s after it was asked for; %.0f %% agree%n",
                (System.nanoTime() - asked) / 1e9, 100 * FxThread.call(() -> cw.confusion().agreement()));
        Thread.sleep(300);
        DemoTour.shot(cw.stage().getScene(), out.resolve("08-confusion.png"));
        Confusion c = FxThread.call(cw::confusion);
        int[] worst = {0, c.noneColumn()};
        for (int r = 0; r < c.labels().size(); r++) {
            for (int col = 0; col <= c.labels().size(); col++) {
                if (r != col && c.count(r, col) > c.count(worst[0], worst[1])) {
                    worst = new int[] {r, col};
                }
            }
        }
        String cell = "#confusion-" + worst[0] + "-" + worst[1];
        FxThread.run(() -> {
            Node n = cw.stage().getScene().lookup(cell);
            n.getOnMouseClicked().handle(null); // what a click on the cell runs
            cw.stage().hide();
        });
        DemoTour.settle(w);
        DemoTour.shot(w, out.resolve("09-confusion-selected.png"));
        System.out.println("confusion: " + FxThread.call(() -> w.status().message()));
    }

    private static boolean decoded(Stage s) {
        return s.getScene().getRoot().lookupAll(".image-view").stream()
                .anyMatch(n -> ((ImageView) n).getImage() != null);
    }
}
