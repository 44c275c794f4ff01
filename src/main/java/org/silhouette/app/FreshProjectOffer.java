package org.silhouette.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.silhouette.session.OpenRequest;

import java.util.function.Consumer;

/**
 * The error dialog for a project whose database is damaged, with a way on: start a fresh project in a new
 * folder beside it, leaving the damaged one untouched for recovery. It does not wait for the answer, so
 * the open's caller learns at once that the damaged project did not open. FX thread.
 */
final class FreshProjectOffer {
    static final String START = "Start a fresh project beside it";

    private FreshProjectOffer() {
    }

    /** Shows the reason and the offer; {@code start} opens {@code fresh} if the user takes it. */
    static void show(Window owner, String header, String reason, OpenRequest fresh, Consumer<OpenRequest> start) {
        ButtonType go = new ButtonType(START, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.ERROR, reason + "\n\nThe damaged project is kept as it is. A fresh"
                + " project for " + fresh.data() + " can be started in " + fresh.project() + ".", go,
                ButtonType.CLOSE);
        Dialogs.owned(a, owner, header);
        a.setOnHidden(e -> {
            if (a.getResult() == go) {
                start.accept(fresh);
            }
        });
        a.show();
    }
}
