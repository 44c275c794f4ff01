package org.silhouette.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.silhouette.app.map.MapView;
import org.silhouette.render.ColourMode;

import java.util.List;

/** The toolbar: colour mode, the labelling buttons, Retrain and Auto, and the backbone on the right. */
final class AppToolbar {

    private AppToolbar() {
    }

    static ToolBar build(MapView map, LabelController labels, LoopController loop, ObservableBooleanValue projectOpen,
            Runnable nameSelection, Label backbone) {
        ChoiceBox<ColourMode> colour = new ChoiceBox<>();
        colour.getItems().setAll(ColourMode.values());
        colour.valueProperty().bindBidirectional(map.colourModeProperty());
        colour.setTooltip(new Tooltip("What a point's colour shows (C cycles)"));
        Button name = button("Name…", "Give the selected images a new or existing label (N)", nameSelection);
        Button accept = button("Accept suggestions", "Label the unlabelled selected images with their suggestion (Shift+A)",
                labels::acceptSuggestions);
        Button uncertain = button("Most uncertain", "Select the images whose suggestions are least sure (U)",
                labels::selectMostUncertain);
        Button retrain = button("Retrain", "Fine-tune the map on the labels now (Ctrl+R)", loop::retrainNow);
        retrain.setId("retrain");
        CheckBox auto = new CheckBox("Auto");
        auto.setTooltip(new Tooltip("Retrain by itself a second after each label change"));
        auto.selectedProperty().bindBidirectional(loop.autoProperty());
        auto.setFocusTraversable(false);
        for (Button b : List.of(name, accept)) {
            b.disableProperty().bind(labels.writableProperty().not());
        }
        for (Button b : List.of(uncertain, retrain)) {
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> !projectOpen.get(), projectOpen));
        }
        Label busy = new Label();
        busy.textProperty().bind(Bindings.when(loop.busyProperty()).then("retraining…").otherwise(""));
        backbone.getStyleClass().add("title");
        ToolBar bar = new ToolBar(new Label("Colour by"), colour, new Separator(Orientation.VERTICAL), name, accept,
                uncertain, new Separator(Orientation.VERTICAL), retrain, auto, busy, spacer(), backbone);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    /** Space that grows to push what follows it in a row to the far end. */
    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A button that leaves the keyboard on the map: labelling keys keep working after a click. */
    static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
