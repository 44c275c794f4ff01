package org.silhouette.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Name the selection": a small box over the map with one text field. Enter gives the selected images that
 * label (an existing one, or a new one); Esc closes it. Existing names are offered as you type. FX thread.
 */
final class NameBox {

    private final TextField field = new TextField();
    private final Label prompt = new Label();
    private final VBox box = new VBox(6);
    private final Supplier<List<String>> names;
    private Consumer<String> onName = n -> { };
    private Runnable onClose = () -> { };
    private AutoCompletionBinding<String> completion;

    NameBox(Supplier<List<String>> names) {
        this.names = names;
        field.setId("name-field");
        field.setPromptText("label name");
        field.setPrefColumnCount(22);
        prompt.getStyleClass().add("name-prompt");
        Label hint = new Label("Enter to apply · Esc to cancel");
        hint.getStyleClass().add("name-hint");
        box.getChildren().addAll(prompt, field, hint);
        box.getStyleClass().add("name-box");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setVisible(false);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                String text = field.getText().strip();
                close();
                if (!text.isEmpty()) {
                    onName.accept(text);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && box.isVisible()) {
                close();
            }
        });
    }

    Node node() {
        return box;
    }

    boolean isOpen() {
        return box.isVisible();
    }

    /** Opens the box for {@code count} selected images; {@code onName} gets the typed name. */
    void open(int count, Consumer<String> onName, Runnable onClose) {
        this.onName = onName;
        this.onClose = onClose;
        prompt.setText(String.format(Locale.ROOT, "Name the %,d selected image%s", count, count == 1 ? "" : "s"));
        if (completion != null) {
            completion.dispose();
        }
        completion = TextFields.bindAutoCompletion(field, names.get());
        field.clear();
        box.setVisible(true);
        field.requestFocus();
    }

    void close() {
        if (!box.isVisible()) {
            return;
        }
        box.setVisible(false);
        if (completion != null) {
            completion.dispose();
            completion = null;
        }
        onClose.run();
    }
}
