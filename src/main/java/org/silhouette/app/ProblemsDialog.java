package org.silhouette.app;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.silhouette.data.FolderScan;
import org.silhouette.data.Problem;

import java.nio.file.Path;
import java.util.List;

/** The files that were skipped while opening, each with the reason; the list can be copied as CSV. FX thread. */
final class ProblemsDialog {

    private ProblemsDialog() {
    }

    static void show(Window owner, Path root, List<Problem> problems) {
        TableView<Problem> table = new TableView<>();
        TableColumn<Problem, String> path = new TableColumn<>("File");
        path.setCellValueFactory(c -> new ReadOnlyStringWrapper(FolderScan.relativeName(root, c.getValue().path())));
        path.setPrefWidth(360);
        TableColumn<Problem, String> reason = new TableColumn<>("Why it was skipped");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(420);
        table.getColumns().add(path);
        table.getColumns().add(reason);
        table.getItems().setAll(problems);
        table.setPrefSize(800, 360);

        ButtonType copy = new ButtonType("Copy as CSV", ButtonBar.ButtonData.LEFT);
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", copy, ButtonType.CLOSE);
        a.initModality(javafx.stage.Modality.NONE);
        Dialogs.owned(a, owner, problems.size() + (problems.size() == 1 ? " file was" : " files were")
                + " skipped; every other image is on the map.");
        a.getDialogPane().setContent(table);
        a.setResizable(true);
        a.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(Problem.csv(root, problems));
            Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // keep the dialog open
        });
        a.show();
    }
}
