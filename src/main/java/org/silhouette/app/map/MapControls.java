package org.silhouette.app.map;

import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The small button column on the map: fit, zoom, and the lasso/rectangle tool. */
final class MapControls extends VBox {

    MapControls(MapView map) {
        super(4);
        getStyleClass().add("map-controls");
        Button fit = button("Fit", "Show all points (F or Home)", map::fitToView);
        fit.setId("map-fit");
        Button in = button("+", "Zoom in (+ or wheel)",
                () -> map.framing().zoomAboutCentre(MapInteraction.ZOOM_PER_NOTCH));
        Button out = button("\u2212", "Zoom out (- or wheel)",
                () -> map.framing().zoomAboutCentre(1 / MapInteraction.ZOOM_PER_NOTCH));
        ToggleGroup tools = new ToggleGroup();
        ToggleButton lasso = toggle("Lasso", "Free-form selection (L)", tools);
        ToggleButton rect = toggle("Rect", "Rectangle selection (R)", tools);
        lasso.setSelected(map.toolProperty().get() == SelectionTool.LASSO);
        rect.setSelected(map.toolProperty().get() == SelectionTool.RECTANGLE);
        tools.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one tool is always on
            } else {
                map.setTool(now == rect ? SelectionTool.RECTANGLE : SelectionTool.LASSO);
            }
        });
        map.toolProperty().addListener((obs, was, now) -> (now == SelectionTool.RECTANGLE ? rect : lasso).setSelected(true));
        getChildren().addAll(fit, in, out, new Separator(), lasso, rect);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private static ToggleButton toggle(String text, String tip, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setTooltip(new Tooltip(tip));
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }
}
