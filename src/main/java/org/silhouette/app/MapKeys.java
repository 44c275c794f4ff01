package org.silhouette.app;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.silhouette.app.map.MapView;
import org.silhouette.render.ColourMode;
import org.silhouette.session.MapPresenter;
import org.silhouette.session.SelectionGestures;


/**
 * The labelling keys on the map (the map view itself handles navigation and selection keys): 1–9, N/Enter,
 * Backspace/Delete, Shift+A, U, C, G, F1; and Ctrl+Y for redo anywhere but in a text field. A bare key never
 * changes many labels at once: 1–9 and Backspace/Delete ask in the action bar first (Enter applies, Esc or any
 * other key drops it), and accepting suggestions needs Shift, because a plain A once came from a name typed
 * with no name box open. FX thread.
 */
final class MapKeys {

    private final MapView map;
    private final MapPresenter presenter;
    private final LabelController labels;
    private final NameBox nameBox;
    private final ActionBar bar;
    private final StatusLine status;
    private final KeyMap keys;

    MapKeys(MapView map, MapPresenter presenter, LabelController labels, NameBox nameBox, Runnable nameSelection,
            Runnable showShortcuts, Runnable showGallery, ActionBar bar, StatusLine status) {
        this.bar = bar;
        this.status = status;
        this.map = map;
        this.presenter = presenter;
        this.labels = labels;
        this.nameBox = nameBox;
        keys = KeyMap.plain().onDigits(this::assign).onRelease(nameSelection, KeyCode.N, KeyCode.ENTER)
                .on(this::removeLabels, KeyCode.BACK_SPACE, KeyCode.DELETE).on(labels::selectMostUncertain, KeyCode.U)
                .on(this::nextColourMode, KeyCode.C).on(showGallery, KeyCode.G).on(showShortcuts, KeyCode.F1);
    }

    void install() {
        map.addEventFilter(KeyEvent.KEY_PRESSED, this::answer);
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        map.addEventHandler(KeyEvent.KEY_RELEASED, keys::released);
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
        if (nameBox.isOpen() || keys.pressed(e) || e.isShortcutDown() || e.isAltDown() || e.getCode() != KeyCode.A) {
            return;
        }
        if (e.isShiftDown()) {
            labels.acceptSuggestions();
        } else {
            status.message("Shift+A accepts the suggestions of the selection (A alone does nothing, so that a"
                    + " name typed with no name box open changes no label).");
        }
        e.consume();
    }

    private void assign(int digit) {
        askFirst(SelectionGestures.askBeforeAssign(presenter, digit - 1), "Label", () -> labels.assignKey(digit - 1));
    }

    private void removeLabels() {
        askFirst(SelectionGestures.askBeforeRemove(presenter), "Remove", labels::removeLabels);
    }

    /** Runs {@code action} at once (one image, or only a message), or once the bar asked {@code question}. */
    private void askFirst(String question, String yes, Runnable action) {
        if (question == null) {
            action.run();
        } else {
            bar.ask(question, yes, action);
        }
    }

    private void nextColourMode() {
        ColourMode[] modes = ColourMode.values();
        map.setColourMode(modes[(map.colourModeProperty().get().ordinal() + 1) % modes.length]);
    }
}
