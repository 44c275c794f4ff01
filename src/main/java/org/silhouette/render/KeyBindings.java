package org.silhouette.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Which key runs what (the map's labelling keys, the small windows' keys), without a toolkit: {@code K} is the
 * toolkit's key. A key that opens a text field runs on release, so its own typed character never lands in the
 * field: its press only arms it. Keys held with Ctrl (Cmd) or Alt are the menus' unless the bindings take them
 * whatever is held.
 *
 * @param <K> a key as the toolkit names it
 */
public final class KeyBindings<K> {

    private final Map<K, Runnable> onPress = new HashMap<>();
    private final Map<K, Runnable> onRelease = new HashMap<>();
    private final boolean plainOnly;
    private K armed;

    /** @param plainOnly whether keys held with Ctrl (Cmd) or Alt are left to the menus */
    public KeyBindings(boolean plainOnly) {
        this.plainOnly = plainOnly;
    }

    @SafeVarargs
    public final KeyBindings<K> on(Runnable action, K... keys) {
        for (K k : keys) {
            onPress.put(k, action);
        }
        return this;
    }

    /** {@code action} runs when the key is let go after it was pressed here. */
    @SafeVarargs
    public final KeyBindings<K> onRelease(Runnable action, K... keys) {
        for (K k : keys) {
            onRelease.put(k, action);
        }
        return this;
    }

    /**
     * A key pressed, {@code withModifier} when Ctrl (Cmd) or Alt is held: runs its action, or arms its release;
     * false when nothing here is bound to it, and the key goes on to whoever else handles it.
     */
    public boolean pressed(K key, boolean withModifier) {
        Runnable action = onPress.get(key);
        if (plainOnly && withModifier || action == null && !onRelease.containsKey(key)) {
            return false;
        }
        if (action == null) {
            armed = key;
        } else {
            action.run();
        }
        return true;
    }

    /** A key released: runs the action of the key whose press armed it; false when it armed none. */
    public boolean released(K key) {
        if (armed == null || !armed.equals(key)) {
            return false;
        }
        armed = null;
        onRelease.get(key).run();
        return true;
    }
}
