package org.silhouette.app;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.silhouette.core.Cancellation;
import org.silhouette.core.LatestOnly;
import org.silhouette.render.HeatShade;
import org.silhouette.session.Confusion;
import org.silhouette.session.ConfusionTable;
import org.silhouette.session.ProjectSession;


/**
 * The confusion table (Review > Confusion table, Ctrl+T): one row per label, one column per label the
 * suggestions give its images when they are held out of the spreading (and one for none), each cell shaded by
 * its share of the row, so the mix-ups stand out. A click on a cell selects its images on the map and brings
 * them into view, a click on a label those of its images the suggestions give another label; G opens them in
 * the gallery. Computed on the compute thread ({@link Confusion}); the window never waits for it. FX thread.
 */
final class ConfusionWindow {

    private final WindowParts app;
    private final Runnable gallery;
    private final ToolWindow window;
    private final GridPane grid = new GridPane();
    private final Label header = new Label();
    private Confusion shown;
    private final LatestOnly counting = new LatestOnly(Platform::runLater);

    ConfusionWindow(WindowParts app, Runnable gallery) {
        this.app = app;
        this.gallery = gallery;
        this.window = new ToolWindow(app.owner(), "Confusion table", 760, 560).styled();
        grid.setId("confusion-grid");
        grid.setHgap(2);
        grid.setVgap(2);
    }

    /** Opens the window (or brings it forward) and counts afresh with the labels of now. */
    void show() {
        ProjectSession ws = app.current();
        if (ws == null) {
            return;
        }
        window.stage(this::content, this::pressed);
        grid.getChildren().clear();
        shown = null;
        header.setText("Holding each label's images out of the spreading in turn…");
        app.compute(counting, ws, () -> ws.confusion(Cancellation.NEVER), this::fill,
                why -> header.setText("Could not count: " + why));
        window.bringForward(null);
    }

    Stage stage() {
        return window.stage();
    }

    /** The table shown, or null while it is counted. */
    Confusion confusion() {
        return shown;
    }

    private Parent content() {
        header.setId("confusion-header");
        Label hint = PanelParts.hint("Rows: your labels. Columns: the label the suggestions give those images when each"
                + " is held out of the spreading. Click a cell to select its images on the map, a label for all of its"
                + " images the suggestions disagree with; G shows the selection in the gallery, Esc closes.",
                "review-hint");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        BorderPane root = PanelParts.headed(header, scroll, hint);
        root.getStyleClass().add("review");
        BorderPane.setMargin(hint, new Insets(8, 0, 0, 0));
        return root;
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() == KeyCode.G && !e.isShortcutDown()) {
            gallery.run();
            e.consume();
        }
    }

    private void fill(Confusion c) {
        shown = c;
        grid.getChildren().clear();
        ConfusionTable t = new ConfusionTable(c, app.presenter().shown()::labelName);
        int k = c.labels().size();
        header.setText(t.headline());
        grid.add(caption("label ↓  suggested →", false), 0, 0);
        for (int col = 0; col <= k; col++) {
            grid.add(caption(t.column(col), true), col + 1, 0);
        }
        grid.add(caption("agree", true), k + 2, 0);
        for (int row = 0; row < k; row++) {
            int r = row;
            Label rowName = caption(t.row(row), false);
            rowName.setId("confusion-label-" + row);
            rowName.setCursor(Cursor.HAND);
            rowName.setOnMouseClicked(e -> select(c.disagreeing(r), t.rowImages(r)));
            grid.add(rowName, 0, row + 1);
            for (int col = 0; col <= k; col++) {
                grid.add(cell(t, row, col), col + 1, row + 1);
            }
            grid.add(caption(t.agreement(row), true), k + 2, row + 1);
        }
    }

    /** One count, shaded by its share of the row: blue where the suggestions agree, red where they do not. */
    private Label cell(ConfusionTable t, int row, int col) {
        double share = t.share(row, col);
        Label l = new Label(t.cell(row, col));
        l.setId("confusion-" + row + "-" + col);
        l.setMinSize(48, 30);
        l.setMaxWidth(Double.MAX_VALUE); // as wide as its column's header
        l.setAlignment(Pos.CENTER);
        l.setStyle(HeatShade.css(share, row == col));
        if (t.counts().count(row, col) > 0) {
            l.setCursor(Cursor.HAND);
            l.setTooltip(new Tooltip(t.cellTip(row, col)));
            l.setOnMouseClicked(e -> select(t.counts().images(row, col), t.cellImages(row, col)));
        }
        return l;
    }

    /** Selects the images on the map and brings them into view; {@code what} says which ("labelled 'coat' …"). */
    private void select(int[] images, String what) {
        app.presenter().showOnMap(images);
        app.status().message(ConfusionTable.selected(images.length, what));
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
}
