package org.silhouette.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Which key runs what on the map and in the small windows, the key consumed when it ran something. A key that
 * opens a text field runs on release, so its own typed character never lands in the field. FX thread.
 */
final class KeyMap {

    private final Map<KeyCode, Runnable> onPress = new EnumMap<>(KeyCode.class);
    private final Map<KeyCode, Runnable> onRelease = new EnumMap<>(KeyCode.class);
    private final boolean plainOnly;
    private KeyCode armed;

    private KeyMap(boolean plainOnly) {
        this.plainOnly = plainOnly;
    }

    /** Keys pressed without Ctrl (Cmd) or Alt: those are the menus'. */
    static KeyMap plain() {
        return new KeyMap(true);
    }

    /** Keys whatever is held with them. */
    static KeyMap anyModifiers() {
        return new KeyMap(false);
    }

    KeyMap on(Runnable action, KeyCode... keys) {
        for (KeyCode k : keys) {
            onPress.put(k, action);
        }
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
    KeyMap onRelease(Runnable action, KeyCode... keys) {
        for (KeyCode k : keys) {
            onRelease.put(k, action);
        }
        return this;
    }

    /** A key pressed: runs its action, or arms its release; false when this map has nothing for it. */
    boolean pressed(KeyEvent e) {
        KeyCode c = e.getCode();
        Runnable action = onPress.get(c);
        if (plainOnly && (e.isShortcutDown() || e.isAltDown()) || action == null && !onRelease.containsKey(c)) {
            return false;
        }
        if (action == null) {
            armed = c;
        } else {
            action.run();
        }
        e.consume();
        return true;
    }

    /** A key released: runs the action of the key whose press armed it. */
    void released(KeyEvent e) {
        if (armed != null && e.getCode() == armed) {
            armed = null;
            onRelease.get(e.getCode()).run();
            e.consume();
        }
    }
}
