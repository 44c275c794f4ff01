package org.silhouette.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
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
        owned(new Alert(type, text, ButtonType.OK), owner, header).show();
    }

    /** {@code d} over {@code owner}, with the app's title and {@code header}, as every dialog of the app is. */
    static <D extends Dialog<?>> D owned(D d, Window owner, String header) {
        d.initOwner(owner);
        d.setTitle("Silhouette");
        d.setHeaderText(header);
        return d;
    }

    /** Asks before something that cannot be taken back without Undo; true to go ahead. */
    static boolean confirm(Window owner, String header, String text, String yes) {
        ButtonType go = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert a = owned(new Alert(Alert.AlertType.CONFIRMATION, text, go, ButtonType.CANCEL), owner, header);
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == go;
    }
}
