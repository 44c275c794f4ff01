package org.silhouette.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.silhouette.app.map.FxImages;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;
import org.silhouette.render.MapSelection;
import org.silhouette.session.LabelActions;
import org.silhouette.session.LabelChoices;
import org.silhouette.session.SelectionTexts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The labels: colour, number key, name and image count, in panel order. Create, rename, recolour, merge,
 * delete and reorder go through the {@link LabelController}; a double-click selects a label's images
 * (Shift adds, Alt removes). FX thread.
 */
final class LabelPanel {

    private final LabelController labels;
    private final Supplier<Window> owner;
    private final ListView<LabelInfo> list = new ListView<>();
    private final Label summary = new Label("No project open");
    private final ColorPicker colour = new ColorPicker();
    private final VBox root;
    private final java.util.function.IntSupplier imagesOnMap;
    private Map<Integer, Integer> counts = Map.of();
    private boolean updating;

    LabelPanel(LabelController labels, Supplier<Window> owner, java.util.function.IntSupplier imagesOnMap) {
        this.labels = labels;
        this.imagesOnMap = imagesOnMap;
        this.owner = owner;
        list.setId("label-list");
        list.setPlaceholder(new Label("No labels yet.\nLasso images on the map,\nthen press N to name them."));
        list.setCellFactory(v -> new Cell());
        list.setFocusTraversable(false);
        list.setContextMenu(contextMenu());
        list.setOnMouseClicked(e -> {
            LabelInfo l = list.getSelectionModel().getSelectedItem();
            if (l != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                labels.selectLabel(l, MapSelection.Op.of(e.isShiftDown(), e.isAltDown()));
            }
        });
        colour.setTooltip(new Tooltip("Colour of the chosen label"));
        colour.setStyle("-fx-color-label-visible: false;");
        colour.setFocusTraversable(false);
        colour.setOnAction(e -> {
            LabelInfo l = list.getSelectionModel().getSelectedItem();
            if (l != null && !updating) {
                labels.run(LabelActions.recolour(l, FxImages.rgb(colour.getValue())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showColour(now));
        Button add = AppToolbar.button("New", "Create a label (to label images, select them and press N)", this::create);
        Button rename = AppToolbar.button("Rename", "Rename the chosen label", this::renameChosen);
        Button merge = AppToolbar.button("Merge", "Move the chosen label's images into another label", this::mergeChosen);
        Button delete = AppToolbar.button("Delete", "Delete the chosen label; its images become unlabelled", this::deleteChosen);
        for (Button b : List.of(rename, merge, delete)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                    .or(labels.writableProperty().not()));
        }
        add.disableProperty().bind(labels.writableProperty().not());
        colour.disableProperty().bind(rename.disableProperty());
        HBox buttons = new HBox(4, add, rename, merge, delete);
        HBox head = new HBox(8, PanelParts.styled("Labels", "panel-title"), AppToolbar.spacer(), summary);
        head.setAlignment(Pos.BASELINE_LEFT);
        HBox colourRow = new HBox(6, new Label("Colour"), colour);
        colourRow.setAlignment(Pos.CENTER_LEFT);
        root = PanelParts.sidePanel(head, list, buttons, colourRow);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    Node node() {
        return root;
    }

    ListView<LabelInfo> list() {
        return list;
    }

    void show(LabelState s) {
        updating = true;
        try {
            LabelInfo chosen = list.getSelectionModel().getSelectedItem();
            counts = s == null ? Map.of() : s.counts();
            list.getItems().setAll(s == null ? List.of() : s.labels());
            if (chosen != null && s != null) {
                s.label(chosen.id()).ifPresent(l -> list.getSelectionModel().select(l));
            }
            summary.setText(SelectionTexts.labelled(s != null, s == null ? 0 : s.labelledCount(),
                    imagesOnMap.getAsInt()));
            showColour(list.getSelectionModel().getSelectedItem());
        } finally {
            updating = false;
        }
    }

    // ---- actions ------------------------------------------------------------------------------

    void create() {
        ask("New label", "Name of the new label:", "").ifPresent(n -> labels.run(LabelActions.create(n)));
    }

    private void renameChosen() {
        LabelInfo l = list.getSelectionModel().getSelectedItem();
        if (l != null) {
            ask("Rename label", LabelChoices.renamePrompt(l), l.name())
                    .ifPresent(n -> labels.run(LabelActions.rename(l, n)));
        }
    }

    private void mergeChosen() {
        LabelInfo from = list.getSelectionModel().getSelectedItem();
        List<LabelInfo> others = from == null ? List.of() : LabelChoices.mergeTargets(list.getItems(), from);
        if (others.isEmpty()) {
            return;
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(others.getFirst().name(), others.stream().map(LabelInfo::name).toList());
        Dialogs.owned(d, owner.get(), LabelChoices.mergeQuestion(from, count(from)));
        d.showAndWait().flatMap(name -> LabelChoices.named(others, name))
                .ifPresent(into -> labels.run(LabelActions.merge(from, into)));
    }

    /** Deletes the chosen label after asking. */
    void deleteChosen() {
        LabelInfo l = list.getSelectionModel().getSelectedItem();
        if (l != null && Dialogs.confirm(owner.get(), LabelChoices.deleteQuestion(l),
                LabelChoices.deleteConsequence(count(l)), "Delete")) {
            labels.run(LabelActions.delete(l));
        }
    }

    private void move(int by) {
        LabelInfo l = list.getSelectionModel().getSelectedItem();
        int at = list.getSelectionModel().getSelectedIndex();
        if (l != null && at + by >= 0 && at + by < list.getItems().size()) {
            labels.run(LabelActions.move(l, at + by));
        }
    }

    private ContextMenu contextMenu() {
        var readOnly = labels.writableProperty().not();
        return new ContextMenu(AppMenus.item("Select its images", null,
                () -> chosen().ifPresent(l -> labels.selectLabel(l, MapSelection.Op.REPLACE)), null),
                new SeparatorMenuItem(), AppMenus.item("Rename…", null, this::renameChosen, readOnly),
                AppMenus.item("Merge into…", null, this::mergeChosen, readOnly),
                AppMenus.item("Move up", null, () -> move(-1), readOnly),
                AppMenus.item("Move down", null, () -> move(1), readOnly),
                new SeparatorMenuItem(), AppMenus.item("Delete…", null, this::deleteChosen, readOnly));
    }

    // ---- internals ----------------------------------------------------------------------------

    private Optional<LabelInfo> chosen() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private int count(LabelInfo l) {
        return counts.getOrDefault(l.id(), 0);
    }

    private Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        Dialogs.owned(d, owner.get(), title).setContentText(prompt);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void showColour(LabelInfo l) {
        boolean was = updating;
        updating = true;
        colour.setValue(l == null ? Color.GRAY : FxImages.colour(l.colour()));
        updating = was;
    }

    /** Swatch, number key, name, count. */
    private final class Cell extends ListCell<LabelInfo> {
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label key = new Label();
        private final Label name = new Label();
        private final Label n = new Label();
        private final HBox box = new HBox(6, swatch, key, name, AppToolbar.spacer(), n);
        private final Tooltip tip = new Tooltip(); // one per cell: making a tooltip builds a popup window

        Cell() {
            box.setAlignment(Pos.CENTER_LEFT);
            key.getStyleClass().add("label-key");
            n.getStyleClass().add("label-count");
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
        }

        @Override
        protected void updateItem(LabelInfo l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setGraphic(null);
                return;
            }
            int position = getIndex();
            swatch.setFill(FxImages.colour(l.colour()));
            key.setText(LabelChoices.key(position));
            name.setText(l.name());
            n.setText(String.format(Locale.ROOT, "%,d", count(l)));
            tip.setText(SelectionTexts.labelTip(position));
            setTooltip(tip);
            setGraphic(box);
        }
    }
}
