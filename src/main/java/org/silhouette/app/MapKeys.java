package org.silhouette.app;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.silhouette.app.map.MapView;
import org.silhouette.project.LabelInfo;
import org.silhouette.render.ColourMode;
import org.silhouette.session.SelectionTexts;


/**
 * The labelling keys on the map (the map view itself handles navigation and selection keys): 1–9, N/Enter,
 * Backspace/Delete, Shift+A, U, C, G, F1; and Ctrl+Y for redo anywhere but in a text field. A bare key never
 * changes many labels at once: 1–9 and Backspace/Delete ask in the action bar first (Enter applies, Esc or any
 * other key drops it), and accepting suggestions needs Shift, because a plain A once came from a name typed
 * with no name box open. FX thread.
 */
final class MapKeys {

    private final MapView map;
    private final LabelController labels;
    private final NameBox nameBox;
    private final Runnable nameSelection;
    private final Runnable showShortcuts;
    private final Runnable showGallery;
    private final ActionBar bar;
    private final StatusLine status;
    private KeyCode namingKey;

    MapKeys(MapView map, LabelController labels, NameBox nameBox, Runnable nameSelection, Runnable showShortcuts,
            Runnable showGallery, ActionBar bar, StatusLine status) {
        this.showGallery = showGallery;
        this.bar = bar;
        this.status = status;
        this.map = map;
        this.labels = labels;
        this.nameBox = nameBox;
        this.nameSelection = nameSelection;
        this.showShortcuts = showShortcuts;
    }

    void install() {
        map.addEventFilter(KeyEvent.KEY_PRESSED, this::answer);
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

    /** While the action bar asks: Enter applies, Esc drops it; any other key drops it and goes on as usual. */
    private void answer(KeyEvent e) {
        if (!bar.isAsking() || e.getCode().isModifierKey()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            bar.confirm();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            bar.dismiss();
            e.consume();
        } else {
            bar.dismiss();
        }
    }

    private void pressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || nameBox.isOpen()) {
            return;
        }
        KeyCode c = e.getCode();
        int digit = c.isDigitKey() ? digitOf(c) : -1;
        int selected = map.selectionModel().count();
        if (digit >= 1 && digit <= 9) {
            LabelInfo label = labels.labelAt(digit - 1);
            if (label == null || selected <= 1) {
                labels.assignKey(digit - 1); // one image, or only a message
            } else {
                bar.ask(SelectionTexts.askAssign(selected, label.name()), "Label", () -> labels.assignKey(digit - 1));
            }
        } else if (c == KeyCode.N || c == KeyCode.ENTER) {
            namingKey = c;
        } else if (c == KeyCode.BACK_SPACE || c == KeyCode.DELETE) {
            if (selected <= 1) {
                labels.removeLabels();
            } else {
                bar.ask(SelectionTexts.askRemove(selected), "Remove", labels::removeLabels);
            }
        } else if (c == KeyCode.A && e.isShiftDown()) {
            labels.acceptSuggestions();
        } else if (c == KeyCode.A) {
            status.message("Shift+A accepts the suggestions of the selection (A alone does nothing, so that a"
                    + " name typed with no name box open changes no label).");
        } else if (c == KeyCode.U) {
            labels.selectMostUncertain();
        } else if (c == KeyCode.C) {
            ColourMode[] modes = ColourMode.values();
            map.setColourMode(modes[(map.colourModeProperty().get().ordinal() + 1) % modes.length]);
        } else if (c == KeyCode.G) {
            showGallery.run();
        } else if (c == KeyCode.F1) {
            showShortcuts.run();
        } else {
            return;
        }
        e.consume();
    }

    /** 1..9 from DIGIT1 or NUMPAD1 (whose names end in the digit). */
    static int digitOf(KeyCode c) {
        String n = c.getName();
        char last = n.charAt(n.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }
}
