package org.silhouette.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.silhouette.render.MapSelection;
import org.silhouette.session.GalleryMarks;
import org.silhouette.session.GridThumbnails;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.Rows;

import java.util.BitSet;
import java.util.List;

/**
 * The selection as a grid of large thumbnails in a window of its own (View > Gallery, G on the map), to look
 * a selection over before naming it. A click marks an image (again unmarks it), Delete takes the marked ones
 * out of the selection, N names the selection with the map's name box, Enter (or a double click) previews an
 * image. It follows the map's selection as it changes. Thumbnails come from the project's thumbnail cache on
 * the inspector thread; the marks are {@link GalleryMarks}. FX thread.
 */
final class SelectionGallery {

    private static final int CELL = 128;

    private final WindowParts app;
    private final GridThumbnails<Image> thumbnails;
    private final ImagePreview preview;
    private final ToolWindow window;
    private final GridView<Integer> grid = new GridView<>();
    private final Label title = new Label();
    private final NameBox nameBox;
    private final GalleryMarks marks = new GalleryMarks();
    private final KeyMap keys = KeyMap.plain().on(this::removeMarked, KeyCode.DELETE, KeyCode.BACK_SPACE)
            .onRelease(this::name, KeyCode.N).on(this::previewCurrent, KeyCode.ENTER, KeyCode.SPACE);

    SelectionGallery(WindowParts app, ImagePreview preview) {
        this.app = app;
        this.thumbnails = PanelParts.thumbnails(app.workers().inspector, CELL);
        this.preview = preview;
        this.window = new ToolWindow(app.owner(), "Gallery of the selection", 860, 640).styled().keysAfterControls();
        this.nameBox = new NameBox(() -> app.presenter().palette().names());
        grid.setId("gallery");
        grid.setCellWidth(CELL);
        grid.setCellHeight(CELL + 20);
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setCellFactory(g -> new Cell());
        app.presenter().selection().addListener(s -> {
            if (isShowing()) {
                refresh();
            }
        });
    }

    /** Opens the window (or brings it forward) on the current selection. */
    void show() {
        if (app.current() == null) {
            return;
        }
        if (window.stage() == null) {
            window.stage(this::content, this::pressed).getScene().addEventHandler(KeyEvent.KEY_RELEASED,
                    keys::released);
        }
        refresh();
        window.bringForward(grid);
    }

    boolean isShowing() {
        return window.isShowing();
    }

    Stage stage() {
        return window.stage();
    }

    /** The map rows shown, in order (for tests). */
    List<Integer> shownRows() {
        return List.copyOf(grid.getItems());
    }

    private Parent content() {
        title.setId("gallery-title");
        title.getStyleClass().add("panel-title");
        Label hint = PanelParts.hint("Click marks an image · Delete takes the marked ones out of the selection · N"
                + " names the selection · Enter or double-click previews · Esc closes", "panel-hint");
        VBox top = new VBox(4, title, hint);
        top.setPadding(new Insets(8, 10, 6, 10));
        BorderPane content = new BorderPane(grid);
        content.setTop(top);
        StackPane root = new StackPane(content, nameBox.node());
        StackPane.setAlignment(nameBox.node(), Pos.TOP_CENTER);
        StackPane.setMargin(nameBox.node(), new Insets(80, 0, 0, 0));
        return root;
    }

    private void pressed(KeyEvent e) {
        if (!nameBox.isOpen()) {
            keys.pressed(e);
        }
    }

    private void previewCurrent() {
        int row = marks.toPreview(grid.getItems());
        if (row >= 0) {
            preview.openAt(row);
        }
    }

    /** Takes the marked images (none marked: the one clicked last) out of the map's selection. */
    private void removeMarked() {
        BitSet out = marks.takeOut();
        if (!out.isEmpty()) {
            app.presenter().selection().apply(out, MapSelection.Op.SUBTRACT); // the listener refreshes
        }
    }

    private void name() {
        int n = app.presenter().selection().count();
        if (n > 0 && app.labels().writableProperty().get()) {
            nameBox.open(n, app.labels()::assignName, grid::requestFocus);
        }
    }

    private void refresh() {
        ProjectSession ws = app.current();
        thumbnails.follow(ws);
        MapSelection selection = app.presenter().selection();
        int[] rows = selection.toArray();
        marks.keepOnly(selection.selected());
        grid.getItems().setAll(java.util.Arrays.stream(rows).boxed().toList());
        updateTitle();
    }

    /** How many images are shown and marked. */
    private void updateTitle() {
        title.setText(marks.title(grid.getItems().size()));
    }

    private final class Cell extends GridCell<Integer> {
        private final ImageView view = PanelParts.thumbnail(CELL - 8);
        private final Label name = new Label();
        private final VBox box = new VBox(2, view, name);

        Cell() {
            name.setMaxWidth(CELL);
            name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            name.setStyle("-fx-font-size: 10px;");
            box.setAlignment(Pos.TOP_CENTER);
            box.setPadding(new Insets(3));
            setOnMouseClicked(e -> {
                Integer row = getItem();
                if (row == null) {
                    return;
                }
                if (e.getClickCount() == 2) {
                    marks.opened(row);
                    preview.openAt(row);
                } else {
                    marks.click(row);
                }
                refreshMarks();
            });
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            view.setImage(null);
            Rows rows = app.presenter().rows();
            ProjectSession shown = thumbnails.session();
            name.setText(shown != null && row < rows.count() ? shown.imageName(rows.image(row)) : "");
            setGraphic(box);
            style(row);
            thumbnails.loadRow(rows, row, view::setImage, this::getItem);
        }

        private void style(int row) {
            String border = marks.isMarked(row) ? "#d03030" : marks.isCurrent(row) ? "#3a78d0" : "transparent";
            box.setStyle("-fx-border-color: " + border + "; -fx-border-width: 3;"
                    + (marks.isMarked(row) ? " -fx-opacity: 0.55;" : ""));
        }
    }

    /** Restyles the visible cells and the title after a mark changed. */
    private void refreshMarks() {
        for (javafx.scene.Node n : grid.lookupAll(".grid-cell")) {
            if (n instanceof Cell c && c.getItem() != null) {
                c.style(c.getItem());
            }
        }
        updateTitle();
    }
}
