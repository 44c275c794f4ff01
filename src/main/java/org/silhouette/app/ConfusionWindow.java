package org.silhouette.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.silhouette.core.Cancellation;
import org.silhouette.session.Confusion;
import org.silhouette.session.ProjectSession;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The confusion table (Review > Confusion table, Ctrl+T): one row per label, one column per label the
 * suggestions give its images when they are held out of the spreading (and one for none), each cell shaded by
 * its share of the row, so the mix-ups stand out. A click on a cell selects its images on the map and brings
 * them into view, a click on a label those of its images the suggestions give another label; G opens them in
 * the gallery. Computed on the compute thread ({@link Confusion}); the window never waits for it. FX thread.
 */
final class ConfusionWindow {

    private final MapPresenter presenter;
    private final LabelController labels;
    private final ExecutorService compute;
    private final StatusLine status;
    private final Supplier<ProjectSession> session;
    private final Supplier<Window> owner;
    private final Runnable gallery;
    private final GridPane grid = new GridPane();
    private final Label header = new Label();
    private Stage stage;
    private Confusion shown;
    private final LatestOnly counting = new LatestOnly();

    ConfusionWindow(MapPresenter presenter, LabelController labels, ExecutorService compute, StatusLine status,
            Supplier<ProjectSession> session, Supplier<Window> owner, Runnable gallery) {
        this.presenter = presenter;
        this.labels = labels;
        this.compute = compute;
        this.status = status;
        this.session = session;
        this.owner = owner;
        this.gallery = gallery;
        grid.setId("confusion-grid");
        grid.setHgap(2);
        grid.setVgap(2);
    }

    /** Opens the window (or brings it forward) and counts afresh with the labels of now. */
    void show() {
        ProjectSession ws = session.get();
        if (ws == null) {
            return;
        }
        if (stage == null) {
            stage = build();
        }
        grid.getChildren().clear();
        shown = null;
        header.setText("Holding each label's images out of the spreading in turn…");
        counting.run(compute, () -> ws.confusion(Cancellation.NEVER), (c, error) -> {
            if (ws != session.get()) {
                return; // another project
            }
            if (error != null) {
                header.setText("Could not count: " + Dialogs.describe(error));
            } else {
                fill(c);
            }
        });
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    /** The table shown, or null while it is counted. */
    Confusion confusion() {
        return shown;
    }

    private Stage build() {
        Stage s = new Stage();
        s.initOwner(owner.get());
        s.setTitle("Confusion table");
        header.setWrapText(true);
        header.setId("confusion-header");
        Label hint = new Label("Rows: your labels. Columns: the label the suggestions give those images when each is"
                + " held out of the spreading. Click a cell to select its images on the map, a label for all of its"
                + " images the suggestions disagree with; G shows the selection in the gallery, Esc closes.");
        hint.setWrapText(true);
        hint.getStyleClass().add("review-hint");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        BorderPane root = new BorderPane(scroll, header, null, hint, null);
        root.getStyleClass().add("review");
        BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(hint, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 760, 560);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("app.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                s.hide();
            } else if (e.getCode() == KeyCode.G && !e.isShortcutDown()) {
                gallery.run();
            } else {
                return;
            }
            e.consume();
        });
        s.setScene(scene);
        return s;
    }

    private void fill(Confusion c) {
        shown = c;
        grid.getChildren().clear();
        int k = c.labels().size();
        double all = c.agreement();
        header.setText(k == 0 ? "No labels yet: name a group first." : Double.isNaN(all)
                ? "Too few labelled images to hold any out." : String.format(Locale.ROOT, "Held out of the spreading,"
                + " %.0f %% of the labelled images get their own label back.", 100 * all));
        grid.add(caption("label ↓  suggested →", false), 0, 0);
        for (int col = 0; col <= k; col++) {
            grid.add(caption(col == k ? "none" : name(c.labels().get(col)), true), col + 1, 0);
        }
        grid.add(caption("agree", true), k + 2, 0);
        for (int row = 0; row < k; row++) {
            int r = row;
            Label rowName = caption(name(c.labels().get(row)) + "  (" + c.rowTotal(row) + ")", false);
            rowName.setId("confusion-label-" + row);
            rowName.setCursor(Cursor.HAND);
            rowName.setOnMouseClicked(e -> select(c.disagreeing(r), "labelled '" + name(c.labels().get(r))
                    + "' that the suggestions give another label or none"));
            grid.add(rowName, 0, row + 1);
            for (int col = 0; col <= k; col++) {
                grid.add(cell(c, row, col), col + 1, row + 1);
            }
            double a = c.agreement(row);
            grid.add(caption(Double.isNaN(a) ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * a), true), k + 2,
                    row + 1);
        }
    }

    /** One count, shaded by its share of the row: blue where the suggestions agree, red where they do not. */
    private Label cell(Confusion c, int row, int col) {
        int n = c.count(row, col);
        int total = c.rowTotal(row);
        double share = total == 0 ? 0 : n / (double) total;
        Label l = new Label(n == 0 ? "" : Integer.toString(n));
        l.setId("confusion-" + row + "-" + col);
        l.setMinSize(48, 30);
        l.setMaxWidth(Double.MAX_VALUE); // as wide as its column's header
        l.setAlignment(Pos.CENTER);
        l.setStyle("-fx-background-color: " + Heat.css(Heat.shade(share, row == col)) + "; -fx-text-fill: "
                + (share > 0.45 ? "#ffffff" : "#c9ccd2") + ";");
        if (n > 0) {
            l.setCursor(Cursor.HAND);
            String what = "labelled '" + name(c.labels().get(row)) + "' " + (col == c.noneColumn()
                    ? "that no label reaches" : row == col ? "that the suggestions agree with"
                    : "that the suggestions call '" + name(c.labels().get(col)) + "'");
            l.setTooltip(new Tooltip(String.format(Locale.ROOT, "%,d images %s", n, what)));
            l.setOnMouseClicked(e -> select(c.images(row, col), what));
        }
        return l;
    }

    /** Selects the images on the map and brings them into view; {@code what} says which ("labelled 'coat' …"). */
    private void select(int[] images, String what) {
        presenter.showOnMap(images);
        status.message(String.format(Locale.ROOT, "Selected %s %s.", images.length == 1 ? "the image"
                : String.format(Locale.ROOT, "the %,d images", images.length), what));
    }

    private static Label caption(String text, boolean centred) {
        Label l = new Label(text);
        l.setMinHeight(30);
        l.setPadding(new Insets(0, 6, 0, 6));
        if (centred) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setAlignment(Pos.CENTER);
        }
        return l;
    }

    private String name(int labelId) {
        return presenter.shown().labelName(labelId);
    }

    /** The shades of the table. */
    static final class Heat {
        private static final Color EMPTY = Color.web("#26282c");

        private Heat() {
        }

        /** From the window's background at share 0 to full blue (agree) or red (disagree) at share 1. */
        static Color shade(double share, boolean agree) {
            // the square root, so that a few images of a large label still show
            return EMPTY.interpolate(agree ? Color.web("#3c6ed2") : Color.web("#d24632"),
                    Math.sqrt(Math.clamp(share, 0, 1)));
        }

        static String css(Color c) {
            return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                    Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
        }
    }
}
