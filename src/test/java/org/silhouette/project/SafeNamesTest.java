package org.silhouette.project;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeNamesTest {

    /** Names written to attack or confuse an export, plus the ordinary ones they must not disturb. */
    static final List<String> ATTACKS = List.of(
            "..", ".", "...", "../../escape", "..\\..\\escape", "/etc/passwd", "\\\\server\\share", "C:\\Windows",
            "C:", "a/../../b", "a/b", "a\\b", "a_b", "nul\0byte", "\0", "", " ", "   ", ".hidden", " .. ",
            "CON", "con", "Con.txt", "PRN", "AUX", "NUL", "nul ", "nul .tar", "COM1", "com9.log", "LPT1", "lpt9",
            "COM¹", "CONIN$", "COM10", "CONSOLE", "name.", "name ", "name. . ", "tab\there", "line\nbreak",
            "cr\rret", "del\u007f", "bell\u0007", "sep\u2028x", "q\"uote", "a<b>c", "pipe|", "star*", "what?", "x:y",
            "Cat", "cat", "CAT", "caf\u00e9", "cafe\u0301", "日本語", "ラベル/../..", "x".repeat(300),
            "é".repeat(150), "猫".repeat(100), "emoji 🐱🐶", "\ud800lone", "-rf", "~", "~user", "$HOME", "%APPDATA%");

    private static final Pattern RESERVED =
            Pattern.compile("(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|CLOCK\\$|COM[0-9¹²³]|LPT[0-9¹²³])");

    static void assertSafeComponent(String folder, String from) {
        String why = "'" + from + "' -> '" + folder + "'";
        assertFalse(folder.isEmpty(), why);
        Path parent = Path.of("/export");
        assertEquals(parent, parent.resolve(folder).normalize().getParent(), why);
        assertFalse(folder.startsWith("."), why);
        assertFalse(folder.endsWith(".") || folder.endsWith(" "), why);
        assertFalse(folder.startsWith(" "), why);
        for (char c : folder.toCharArray()) {
            assertFalse(c < 0x20 || c == 0x7f || "<>:\"/\\|?*".indexOf(c) >= 0, why);
            assertFalse(Character.isSurrogate(c) && !folder.codePoints().allMatch(Character::isValidCodePoint), why);
        }
        String stem = folder.contains(".") ? folder.substring(0, folder.indexOf('.')) : folder;
        assertFalse(RESERVED.matcher(stem.strip()).matches(), why);
        assertTrue(folder.getBytes(StandardCharsets.UTF_8).length <= SafeNames.MAX_BYTES, why);
        assertEquals(folder, SafeNames.folderName(folder), "not a fixed point: " + why);
    }

    @Test
    void everyAttackBecomesOnePlainPathComponent() {
        for (String name : ATTACKS) {
            assertSafeComponent(SafeNames.folderName(name), name);
        }
    }

    @Test
    void specificNamesMapAsDocumented() {
        assertEquals("_", SafeNames.folderName(".."));
        assertEquals("_", SafeNames.folderName(""));
        assertEquals("_", SafeNames.folderName("\0"));
        assertEquals("_._.._escape", SafeNames.folderName("../../escape"));
        assertEquals("_etc_passwd", SafeNames.folderName("/etc/passwd"));
        assertEquals("C__Windows", SafeNames.folderName("C:\\Windows"));
        assertEquals("_CON", SafeNames.folderName("CON"));
        assertEquals("_Con.txt", SafeNames.folderName("Con.txt"));
        assertEquals("_nul", SafeNames.folderName("nul "));
        assertEquals("_nul .tar", SafeNames.folderName("nul .tar"));
        assertEquals("COM10", SafeNames.folderName("COM10"));
        assertEquals("name", SafeNames.folderName("name. . "));
        assertEquals("_hidden", SafeNames.folderName(".hidden"));
        assertEquals("tab_here", SafeNames.folderName("tab\there"));
        assertEquals("日本語", SafeNames.folderName("日本語"));
        assertEquals("emoji 🐱🐶", SafeNames.folderName("emoji 🐱🐶"));
        assertEquals("café", SafeNames.folderName("cafe\u0301"), "NFC, as macOS would see it");
        assertEquals(200, SafeNames.folderName("x".repeat(300)).length());
        assertEquals(100, SafeNames.folderName("é".repeat(150)).length(), "cut at 200 UTF-8 bytes, not mid-character");
        assertEquals(66, SafeNames.folderName("猫".repeat(100)).length());
    }

    @Test
    void aSetOfNamesGetsDistinctFoldersEvenIgnoringCase() {
        Map<String, String> folders = SafeNames.folderNames(ATTACKS);
        Set<String> seen = new HashSet<>();
        for (String name : new HashSet<>(ATTACKS)) {
            String f = folders.get(name);
            assertSafeComponent(f, name);
            assertTrue(seen.add(f.toLowerCase(Locale.ROOT)), "two labels share folder " + f);
        }
        assertEquals("a_b", folders.get("a_b"), "the name that needed no change keeps its folder");
        assertEquals("CAT", folders.get("CAT"));
        assertEquals("café", folders.get("caf\u00e9"));
        assertTrue(folders.get("cat").startsWith("cat~"));
        assertTrue(folders.get("cafe\u0301").startsWith("café~"));
    }

    @Test
    void foldersDoNotDependOnTheOrderOfTheNames() {
        Map<String, String> reference = SafeNames.folderNames(ATTACKS);
        Random rnd = new Random(42);
        for (int k = 0; k < 20; k++) {
            List<String> shuffled = new ArrayList<>(ATTACKS);
            Collections.shuffle(shuffled, rnd);
            assertEquals(reference, SafeNames.folderNames(shuffled));
        }
    }

    @Test
    void aLabelNamedLikeAnotherOnesSuffixCannotTakeItsFolder() {
        String suffixed = SafeNames.folderNames(List.of("x", "x.")).get("x.");
        assertTrue(suffixed.matches("x~[0-9a-f]{8}"), suffixed);
        Map<String, String> f = SafeNames.folderNames(List.of("x", "x.", suffixed));
        assertEquals("x", f.get("x"));
        assertEquals(suffixed, f.get(suffixed));
        assertEquals(suffixed + "~2", f.get("x."));
    }

    @Test
    void longCollidingNamesStayWithinTheByteLimit() {
        String a = "a".repeat(300);
        String b = "A".repeat(300);
        Map<String, String> f = SafeNames.folderNames(List.of(a, b));
        assertSafeComponent(f.get(a), a);
        assertSafeComponent(f.get(b), b);
        assertFalse(f.get(a).equalsIgnoreCase(f.get(b)));
    }
}
