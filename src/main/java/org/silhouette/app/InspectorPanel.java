package org.silhouette.app;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.silhouette.render.MapSelection;
import org.silhouette.session.GridThumbnails;
import org.silhouette.session.MapPresenter;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.Rows;
import org.silhouette.session.SelectionTexts;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;

/**
 * A grid of the selected images' thumbnails, to check a selection before naming it, with a "Name…" button that
 * opens the map's own name box (the inspector is where a selection is looked over, so naming it should not need
 * a trip back to the map). Click a thumbnail, or right-click and "Remove from selection", to take it out of the
 * selection. Thumbnails load on the inspector thread; at most {@value #MAX_SHOWN} are shown. FX thread.
 */
final class InspectorPanel {

    static final int MAX_SHOWN = 300;
    private static final int CELL = 56;

    private final MapPresenter presenter;
    private final GridThumbnails<Image> thumbnails;
    private final GridView<Integer> grid = new GridView<>();
    private final Label title = new Label("Selection");
    private final Button name = new Button("Name…");
    private final HBox naming;
    private final Tooltip namingTip = new Tooltip();
    private final ObservableBooleanValue writable;
    private final ContextMenu cellMenu = new ContextMenu(); // one for all cells: each menu is a popup window
    private final VBox root;
    private ProjectSession session;

    /**
     * @param writable whether labels can be changed now (a project is open and not read-only)
     * @param nameSelection opens the map's name box on the current selection
     */
    InspectorPanel(MapPresenter presenter, ExecutorService loader, ObservableBooleanValue writable,
            Runnable nameSelection) {
        this.presenter = presenter;
        this.thumbnails = PanelParts.thumbnails(loader, CELL);
        this.writable = writable;
        grid.setId("inspector");
        grid.setCellWidth(CELL);
        grid.setCellHeight(CELL);
        grid.setHorizontalCellSpacing(3);
        grid.setVerticalCellSpacing(3);
        grid.setCellFactory(g -> new Cell());
        title.getStyleClass().add("panel-title");
        title.setId("inspector-title");
        PanelParts.wrapping(title); // a narrow panel wraps the title rather than cutting it off
        Label hint = PanelParts.hint("Click an image to take it out of the selection.", "panel-hint");
        name.setId("inspector-name");
        name.setFocusTraversable(false); // the keyboard stays where it was; the name box takes it when it opens
        name.setOnAction(e -> nameSelection.run());
        // The tooltip sits on the row, not the button: a disabled button gets no mouse events, so its own
        // tooltip could never say why it is disabled.
        naming = new HBox(name);
        Tooltip.install(naming, namingTip);
        writable.addListener((o, was, now) -> updateNaming());
        root = PanelParts.sidePanel(title, naming, hint, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        presenter.selection().addListener(s -> refresh());
    }

    Node node() {
        return root;
    }

    /** Why the Name… button is disabled, or what it does (for tests). */
    String namingTip() {
        return namingTip.getText();
    }

    void attach(ProjectSession s) {
        session = s;
        thumbnails.follow(s);
        refresh();
    }

    private void refresh() {
        int[] rows = presenter.selection().toArray();
        int shown = Math.min(rows.length, MAX_SHOWN);
        title.setText(SelectionTexts.inspectorTitle(rows.length, shown));
        grid.getItems().setAll(Arrays.stream(rows, 0, shown).boxed().toList());
        updateNaming();
    }

    private void updateNaming() {
        int selected = presenter.selection().count();
        name.setDisable(selected == 0 || !writable.get());
        namingTip.setText(SelectionTexts.namingTip(session != null, writable.get(), selected));
    }

    private void removeFromSelection(int row) {
        presenter.selection().apply(MapSelection.of(row), MapSelection.Op.SUBTRACT);
    }

    private final class Cell extends GridCell<Integer> {
        private final ImageView view = PanelParts.thumbnail(CELL);
        private final Tooltip name = new Tooltip(); // one per cell: making a tooltip builds a popup window

        Cell() {
            // The menu opens from the right click itself: a context-menu request never arrived in the headless
            // toolkit the tests run on.
            setOnMouseClicked(e -> {
                Integer row = getItem();
                if (row == null) {
                    return;
                }
                if (e.getButton() == MouseButton.SECONDARY || e.isPopupTrigger()) {
                    cellMenu.getItems().setAll(AppMenus.item("Remove from selection", null,
                            () -> removeFromSelection(row), null));
                    cellMenu.show(this, e.getScreenX(), e.getScreenY());
                } else if (e.getButton() == MouseButton.PRIMARY) {
                    removeFromSelection(row);
                }
            });
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            view.setImage(null);
            setGraphic(view);
            Rows rows = presenter.rows();
            if (session != null && row < rows.count()) {
                name.setText(session.imageName(rows.image(row)));
                setTooltip(name);
            }
            thumbnails.loadRow(rows, row, view::setImage, this::getItem);
        }
    }
}
