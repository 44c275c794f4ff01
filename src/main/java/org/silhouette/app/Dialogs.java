package org.silhouette.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.silhouette.core.CancelledException;
import org.silhouette.core.UserError;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/** One-line error dialogs and confirmations. FX thread. */
final class Dialogs {

    private Dialogs() {
    }

    /** A failure as one sentence a user can act on, never a stack trace. */
    static String describe(Throwable t) {
        Throwable e = t;
        while ((e instanceof java.util.concurrent.CompletionException || e instanceof java.util.concurrent.ExecutionException
                || e instanceof java.io.UncheckedIOException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof UserError) {
            return e.getMessage();
        }
        if (e instanceof CancelledException) {
            return "Cancelled.";
        }
        if (e instanceof NoSuchFileException n) {
            return "No such file or folder: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "Permission denied: " + a.getFile();
        }
        if (e instanceof IOException) {
            return "Could not read or write a file: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "Out of memory; start Silhouette with a larger -Xmx.";
        }
        String msg = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return "Unexpected " + e.getClass().getSimpleName() + msg;
    }

    static void error(Window owner, String header, Throwable t) {
        error(owner, header, describe(t));
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
