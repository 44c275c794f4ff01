package org.silhouette.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.silhouette.session.Failures;

import java.util.Optional;

/** One-line error dialogs ({@link Failures} words the failure) and confirmations. FX thread. */
final class Dialogs {

    private Dialogs() {
    }

    static void error(Window owner, String header, Throwable t) {
        error(owner, header, Failures.describe(t));
    }

    static void error(Window owner, String header, String line) {
        show(Alert.AlertType.ERROR, owner, header, line);
    }

    static void info(Window owner, String header, String text) {
        show(Alert.AlertType.INFORMATION, owner, header, text);
    }

    private static void show(Alert.AlertType type, Window owner, String header, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        a.initOwner(owner);
        a.setHeaderText(header);
        a.setTitle("Silhouette");
        a.show();
    }

    /** Asks before something that cannot be taken back without Undo; true to go ahead. */
    static boolean confirm(Window owner, String header, String text, String yes) {
        ButtonType go = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, go, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText(header);
        a.setTitle("Silhouette");
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == go;
    }
}
