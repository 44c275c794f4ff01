package org.silhouette.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.silhouette.render.KeyBindings;

import java.util.function.IntConsumer;

/**
 * Which key runs what on the map and in the small windows ({@link KeyBindings}: a key that opens a text field
 * runs on release), the key consumed when it ran something. FX thread.
 */
final class KeyMap {

    private final KeyBindings<KeyCode> keys;

    private KeyMap(boolean plainOnly) {
        keys = new KeyBindings<>(plainOnly);
    }

    /** Keys pressed without Ctrl (Cmd) or Alt: those are the menus'. */
    static KeyMap plain() {
        return new KeyMap(true);
    }

    /** Keys whatever is held with them. */
    static KeyMap anyModifiers() {
        return new KeyMap(false);
    }

    KeyMap on(Runnable action, KeyCode... codes) {
        keys.on(action, codes);
        return this;
    }

    /** 1–9, on the top row or the keypad: {@code action} gets the digit. */
    KeyMap onDigits(IntConsumer action) {
        for (int d = 1; d <= 9; d++) {
            int digit = d;
            on(() -> action.accept(digit), KeyCode.valueOf("DIGIT" + d), KeyCode.valueOf("NUMPAD" + d));
        }
        return this;
    }

    /** {@code action} runs when the key is let go after it was pressed here. */
    KeyMap onRelease(Runnable action, KeyCode... codes) {
        keys.onRelease(action, codes);
        return this;
    }

    /** A key pressed: runs its action, or arms its release; false when this map has nothing for it. */
    boolean pressed(KeyEvent e) {
        boolean taken = keys.pressed(e.getCode(), e.isShortcutDown() || e.isAltDown());
        if (taken) {
            e.consume();
        }
        return taken;
    }

    /** A key released: runs the action of the key whose press armed it. */
    void released(KeyEvent e) {
        if (keys.released(e.getCode())) {
            e.consume();
        }
    }
}
