package org.silhouette.app;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.silhouette.app.map.MapView;
import org.silhouette.render.ColourMode;

/**
 * The labelling keys on the map (the map view itself handles navigation and selection keys): 1–9, N/Enter,
 * Backspace/Delete, A, U, C, F1; and Ctrl+Y for redo anywhere but in a text field. FX thread.
 */
final class MapKeys {

    private final MapView map;
    private final LabelController labels;
    private final NameBox nameBox;
    private final Runnable nameSelection;
    private final Runnable showShortcuts;
    private KeyCode namingKey;

    MapKeys(MapView map, LabelController labels, NameBox nameBox, Runnable nameSelection, Runnable showShortcuts) {
        this.map = map;
        this.labels = labels;
        this.nameBox = nameBox;
        this.nameSelection = nameSelection;
        this.showShortcuts = showShortcuts;
    }

    void install() {
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        map.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == namingKey) { // opened on release: the key's own typed character is gone by then
                namingKey = null;
                nameSelection.run();
                e.consume();
            }
        });
        map.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.Y && e.isShortcutDown()
                            && !(scene.getFocusOwner() instanceof TextInputControl)) {
                        labels.redo();
                        e.consume();
                    }
                });
            }
        });
    }

    private void pressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || nameBox.isOpen()) {
            return;
        }
        KeyCode c = e.getCode();
        int digit = c.isDigitKey() ? digitOf(c) : -1;
        if (digit >= 1 && digit <= 9) {
            labels.assignKey(digit - 1);
        } else if (c == KeyCode.N || c == KeyCode.ENTER) {
            namingKey = c;
        } else if (c == KeyCode.BACK_SPACE || c == KeyCode.DELETE) {
            labels.removeLabels();
        } else if (c == KeyCode.A) {
            labels.acceptSuggestions();
        } else if (c == KeyCode.U) {
            labels.selectMostUncertain();
        } else if (c == KeyCode.C) {
            ColourMode[] modes = ColourMode.values();
            map.setColourMode(modes[(map.colourModeProperty().get().ordinal() + 1) % modes.length]);
        } else if (c == KeyCode.F1) {
            showShortcuts.run();
        } else {
            return;
        }
        e.consume();
    }

    /** 1..9 from DIGIT1 or NUMPAD1 (whose names end in the digit). */
    private static int digitOf(KeyCode c) {
        String n = c.getName();
        char last = n.charAt(n.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }
}
