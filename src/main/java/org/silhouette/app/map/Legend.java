package org.silhouette.app.map;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.silhouette.render.MapSelection;
import org.silhouette.render.PointColours;

import java.util.List;
import java.util.function.BiConsumer;

/** Colour key with counts; clicking a row selects its points (Shift adds, Alt removes). */
final class Legend extends VBox {

    private final Label title = new Label();
    private final VBox rows = new VBox(2);
    private BiConsumer<PointColours.Entry, MapSelection.Op> onPick = (e, op) -> { };

    Legend() {
        getStyleClass().add("map-legend");
        title.getStyleClass().add("map-legend-title");
        getChildren().addAll(title, rows);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPickOnBounds(true);
    }

    void setOnPick(BiConsumer<PointColours.Entry, MapSelection.Op> onPick) {
        this.onPick = onPick;
    }

    void show(String heading, List<PointColours.Entry> entries) {
        title.setText(heading);
        rows.getChildren().clear();
        for (PointColours.Entry e : entries) {
            if (e.count() == 0 && e.first() == 0) {
                continue; // no "unlabelled" row when everything is labelled
            }
            Rectangle swatch = new Rectangle(11, 11, FxImages.colour(e.rgb()));
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
            Label name = new Label(e.name());
            name.getStyleClass().add("map-legend-name");
            Label count = new Label(String.format("%,d", e.count()));
            count.getStyleClass().add("map-legend-count");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(6, swatch, name, spacer, count);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("map-legend-row");
            row.addEventHandler(MouseEvent.MOUSE_CLICKED, ev -> {
                onPick.accept(e, MapSelection.Op.of(ev.isShiftDown(), ev.isAltDown()));
                ev.consume();
            });
            rows.getChildren().add(row);
        }
    }
}
