package org.silhouette.app;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.silhouette.core.Cancellation;
import org.silhouette.core.LatestOnly;
import org.silhouette.session.GridThumbnails;
import org.silhouette.session.LabelActions;
import org.silhouette.session.LabelReview;
import org.silhouette.session.LabelReview.DoubtfulImage;
import org.silhouette.session.ProjectSession;

import java.util.List;

/**
 * The labels that their neighbours contradict (Edit > Doubtful labels, Ctrl+D), to review one by one from the
 * keyboard: <b>F</b> fixes one (gives it the label its neighbours carry), <b>K</b> keeps it (confirms the label:
 * trained on, no longer listed), <b>J</b> or Space shows it on the map. The list is computed on the compute
 * thread, the thumbnails on the inspector thread; the window never waits for either. FX thread.
 */
final class DoubtfulLabelsDialog {

    private static final int THUMB = 48;

    private final WindowParts app;
    private final GridThumbnails<Image> thumbnails;
    private final ToolWindow window;
    private final ListView<DoubtfulImage> list = new ListView<>();
    private final Label header = new Label();
    private final LatestOnly looking = new LatestOnly(Platform::runLater);

    DoubtfulLabelsDialog(WindowParts app) {
        this.app = app;
        this.thumbnails = PanelParts.thumbnails(app.workers().inspector, THUMB);
        this.window = new ToolWindow(app.owner(), "Doubtful labels", 560, 520);
        list.setId("doubtful-list");
        list.setCellFactory(v -> new Cell());
        list.setPlaceholder(new Label("No doubtful labels."));
        KeyMap keys = KeyMap.plain().on(this::fix, KeyCode.F).on(this::keep, KeyCode.K).on(this::jump, KeyCode.J,
                KeyCode.SPACE);
        list.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
    }

    /** Opens the window (or brings it forward) and looks for doubtful labels afresh. */
    void show() {
        ProjectSession ws = app.current();
        if (ws == null) {
            return;
        }
        window.stage(this::content, e -> { });
        thumbnails.follow(ws);
        list.getItems().clear();
        header.setText("Looking for labels that their neighbours contradict…");
        app.compute(looking, ws, () -> ws.doubtfulLabels(Cancellation.NEVER), found -> {
            list.getItems().setAll(found);
            list.getSelectionModel().selectFirst();
            updateHeader();
        }, why -> header.setText("Could not look for doubtful labels: " + why));
        window.bringForward(list);
    }

    Stage stage() {
        return window.stage();
    }

    ListView<DoubtfulImage> list() {
        return list;
    }

    private Parent content() {
        Button fix = new Button("Fix (F)");
        fix.setOnAction(e -> fix());
        Button keep = new Button("Keep (K)");
        keep.setOnAction(e -> keep());
        Button jump = new Button("Show on map (J)");
        jump.setOnAction(e -> jump());
        Button again = new Button("Look again");
        again.setOnAction(e -> show());
        HBox buttons = new HBox(8, fix, keep, jump, AppToolbar.spacer(), again);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = PanelParts.hint("F gives an image the label its neighbours carry, K keeps its label (it is trained"
                + " on and no longer listed), J shows it on the map. Kept labels are remembered until the project closes.",
                "hint");
        BorderPane.setMargin(list, new Insets(0, 0, 8, 0));
        return PanelParts.headed(header, list, new VBox(8, buttons, hint));
    }

    /** The selected image gets the label its neighbours carry; one undo step. */
    private void fix() {
        DoubtfulImage d = list.getSelectionModel().getSelectedItem();
        if (d != null) {
            LabelActions.Outcome fixed = LabelReview.fix(d, name(d), this::labelName);
            app.labels().run(fixed);
            if (fixed.action() != null) {
                done(d);
            }
        }
    }

    /** The selected image keeps its label: confirmed, trained on from the next round, no longer listed. */
    private void keep() {
        DoubtfulImage d = list.getSelectionModel().getSelectedItem();
        ProjectSession ws = app.current();
        if (d == null || ws == null) {
            return;
        }
        app.status().message(ws.review().keep(d, name(d), this::labelName));
        done(d);
    }

    /** Selects the image on the map and centres the map on it, zoomed in. */
    private void jump() {
        DoubtfulImage d = list.getSelectionModel().getSelectedItem();
        if (d != null) {
            app.presenter().showOnMap(d.image());
        }
    }

    /** Takes a reviewed image off the list and moves on to the next one. */
    private void done(DoubtfulImage d) {
        int at = list.getItems().indexOf(d);
        list.getItems().remove(d);
        int next = LabelReview.nextAfter(at, list.getItems().size());
        if (next >= 0) {
            list.getSelectionModel().select(next);
        }
        updateHeader();
    }

    private void updateHeader() {
        header.setText(LabelReview.summary(list.getItems().size()));
    }

    private String name(DoubtfulImage d) {
        ProjectSession ws = app.current();
        return ws == null ? "image " + d.image() : ws.imageName(d.image());
    }

    private String labelName(int id) {
        return app.presenter().shown().labelName(id);
    }

    private final class Cell extends ListCell<DoubtfulImage> {
        private final ImageView view = PanelParts.thumbnail(THUMB);
        private final Label file = new Label();
        private final Label detail = new Label();
        private final HBox box = new HBox(10, view, new VBox(2, file, detail));

        Cell() {
            file.setStyle("-fx-font-weight: bold;");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(DoubtfulImage d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                return;
            }
            file.setText(name(d));
            detail.setText(d.detail(DoubtfulLabelsDialog.this::labelName));
            view.setImage(null);
            thumbnails.load(d.image(), view::setImage, () -> getItem() == d);
            setGraphic(box);
        }
    }

    /** The image ids listed now, for tests. */
    List<Integer> listed() {
        return list.getItems().stream().map(DoubtfulImage::image).toList();
    }
}
