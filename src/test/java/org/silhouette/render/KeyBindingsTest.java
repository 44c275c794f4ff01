package org.silhouette.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys run on press, or on release when armed by their press; plain bindings leave Ctrl and Alt to the menus. */
class KeyBindingsTest {

    @Test
    void aReleaseKeyRunsOnlyWhenLetGoAfterItsOwnPress() {
        List<String> ran = new ArrayList<>();
        KeyBindings<String> keys = new KeyBindings<String>(true).on(() -> ran.add("delete"), "DELETE", "BACKSPACE")
                .onRelease(() -> ran.add("name"), "N");
        assertTrue(keys.pressed("BACKSPACE", false));
        assertEquals(List.of("delete"), ran);
        assertFalse(keys.released("N"), "a release nobody armed runs nothing");
        assertTrue(keys.pressed("N", false));
        assertEquals(List.of("delete"), ran, "the press only arms it: its character must not reach the name box");
        assertFalse(keys.released("DELETE"));
        assertTrue(keys.released("N"));
        assertEquals(List.of("delete", "name"), ran);
        assertFalse(keys.released("N"), "once only");
        assertFalse(keys.pressed("Q", false), "an unbound key goes on to others");
    }

    @Test
    void plainBindingsLeaveKeysHeldWithCtrlOrAltToTheMenus() {
        List<String> ran = new ArrayList<>();
        KeyBindings<String> plain = new KeyBindings<String>(true).on(() -> ran.add("plain"), "Z");
        KeyBindings<String> any = new KeyBindings<String>(false).on(() -> ran.add("any"), "Z");
        assertFalse(plain.pressed("Z", true));
        assertTrue(any.pressed("Z", true));
        assertEquals(List.of("any"), ran);
    }
}
