package org.silhouette.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.silhouette.session.NameOffers;
import org.silhouette.session.SelectionTexts;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Name the selection": a small box over the map with one text field and, under it, the existing names that
 * match what is typed. Enter always applies: the offered name picked with the arrow keys (or a click), else the
 * typed text; Esc closes. The offers are a list inside the box, not a popup, because ControlsFX's completion
 * popup took the Enter key for itself (the name was then not applied) and reached into JavaFX internals. FX
 * thread.
 */
final class NameBox {

    /** At most this many names are offered. */
    static final int OFFERED = 6;

    private final TextField field = new TextField();
    private final Label prompt = new Label();
    private final ListView<String> offers = new ListView<>();
    private final VBox box = new VBox(6);
    private final Supplier<List<String>> names;
    private List<String> known = List.of();
    private Consumer<String> onName = n -> { };
    private Runnable onClose = () -> { };

    NameBox(Supplier<List<String>> names) {
        this.names = names;
        field.setId("name-field");
        field.setPromptText("label name");
        field.setPrefColumnCount(22);
        offers.setId("name-offers");
        offers.setFocusTraversable(false); // the field keeps the keyboard
        offers.setFixedCellSize(24);
        prompt.getStyleClass().add("name-prompt");
        Label hint = new Label("Enter to apply · ↓ ↑ pick an existing name · Esc to cancel");
        hint.getStyleClass().add("name-hint");
        box.getChildren().addAll(prompt, field, offers, hint);
        box.getStyleClass().add("name-box");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setVisible(false);
        field.textProperty().addListener((o, was, now) -> offer(now));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        offers.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            Node n = e.getPickResult().getIntersectedNode();
            while (n != null && !(n instanceof javafx.scene.control.ListCell<?>)) {
                n = n.getParent();
            }
            if (n instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() != null) {
                apply(cell.getItem().toString());
            }
            e.consume();
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
        prompt.setText(SelectionTexts.namePrompt(count));
        known = List.copyOf(names.get());
        field.clear();
        offer("");
        box.setVisible(true);
        field.requestFocus();
    }

    void close() {
        if (!box.isVisible()) {
            return;
        }
        box.setVisible(false);
        onClose.run();
    }

    /** The names on offer now (for tests). */
    List<String> offered() {
        return List.copyOf(offers.getItems());
    }

    private void key(KeyEvent e) {
        int at = offers.getSelectionModel().getSelectedIndex();
        switch (e.getCode()) {
            case ENTER -> {
                String picked = offers.getSelectionModel().getSelectedItem();
                apply(picked != null ? picked : field.getText());
            }
            case ESCAPE -> close();
            case DOWN, UP -> {
                int next = e.getCode() == KeyCode.UP ? NameOffers.up(at) : NameOffers.down(at, offers.getItems().size());
                if (next < 0) {
                    offers.getSelectionModel().clearSelection();
                } else {
                    offers.getSelectionModel().clearAndSelect(next);
                }
            }
            case TAB -> {
                String fill = NameOffers.completion(offers.getSelectionModel().getSelectedItem(), offers.getItems());
                if (fill != null) {
                    field.setText(fill);
                    field.end();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void apply(String name) {
        String text = name.strip();
        close();
        if (!text.isEmpty()) {
            onName.accept(text);
        }
    }

    /** Existing names that match the text ({@link NameOffers}); all of them, up to {@value #OFFERED}, for no text. */
    private void offer(String typed) {
        List<String> shown = NameOffers.matching(known, typed, OFFERED);
        offers.getItems().setAll(shown);
        offers.getSelectionModel().clearSelection();
        offers.setPrefHeight(shown.size() * offers.getFixedCellSize() + 2);
        offers.setVisible(!shown.isEmpty());
        offers.setManaged(!shown.isEmpty());
    }
}
