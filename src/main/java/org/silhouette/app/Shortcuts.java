package org.silhouette.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.silhouette.session.KeyboardShortcuts;
import org.silhouette.session.KeyboardShortcuts.Entry;

import java.util.List;

/** Help > Keyboard shortcuts: the table of {@link KeyboardShortcuts} in a window. */
final class Shortcuts {

    private Shortcuts() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        List<Entry> all = KeyboardShortcuts.ALL;
        for (int r = 0; r < all.size(); r++) {
            Label keys = new Label(all.get(r).keys());
            keys.setStyle("-fx-font-weight: bold;");
            grid.addRow(r, keys, new Label(all.get(r).action()));
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.initModality(javafx.stage.Modality.NONE);
        Dialogs.owned(a, owner, "Keyboard shortcuts (on the map)");
        a.getDialogPane().setContent(grid);
        a.show();
    }
}
