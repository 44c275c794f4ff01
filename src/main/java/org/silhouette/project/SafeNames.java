package org.silhouette.project;

import org.silhouette.core.Sha256;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns label names into folder names that are one plain path component on Linux, macOS and Windows,
 * whatever the label says: no separators, no {@code .}/{@code ..}, no leading dot (hidden), no control
 * characters, none of {@code <>:"/\|?*}, no trailing dot or space, no reserved device name (CON, NUL,
 * COM1, LPT1, ...), never empty, at most {@value #MAX_BYTES} UTF-8 bytes. Deterministic: the same set of
 * names always gives the same folders, in any order, and no two labels share a folder, even on a
 * case-insensitive file system.
 */
public final class SafeNames {
    static final int MAX_BYTES = 200;
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final Pattern RESERVED =
            Pattern.compile("(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|CLOCK\\$|COM[0-9¹²³]|LPT[0-9¹²³])");

    private SafeNames() {
    }

    /** One label name as a safe folder name; different names may map to the same folder here. */
    public static String folderName(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(isUnsafe(cp) ? '_' : cp));
        String out = trimEnds(sb.toString());
        if (out.startsWith(".")) {
            out = "_" + out.substring(1); // neither '.', '..' nor a hidden folder
        }
        String stem = out.contains(".") ? out.substring(0, out.indexOf('.')) : out;
        if (RESERVED.matcher(stem.stripTrailing()).matches()) {
            out = "_" + out; // CON, con.txt and 'nul .x' are devices on Windows
        }
        out = trimEnds(truncateUtf8(out, MAX_BYTES));
        return out.isEmpty() ? "_" : out;
    }

    /**
     * Safe, distinct folder names for a set of label names (case-insensitively distinct). Where two names
     * sanitise to the same folder, one keeps it (the name that needed no change, else the first in sorted
     * order) and every other gets {@code ~} and 8 hex digits
     * of its name's SHA-256; a counter settles any clash that still remains.
     */
    public static Map<String, String> folderNames(Iterable<String> names) {
        TreeSet<String> sorted = new TreeSet<>();
        names.forEach(sorted::add);
        Map<String, List<String>> byBase = new LinkedHashMap<>();
        for (String n : sorted) {
            byBase.computeIfAbsent(key(folderName(n)), k -> new ArrayList<>()).add(n);
        }
        Map<String, String> result = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<String> deferred = new ArrayList<>();
        for (List<String> group : byBase.values()) {
            // A name that needs no change keeps its folder; otherwise the first in sorted order does.
            String first = group.stream().filter(SafeNames::isSafe).findFirst().orElse(group.getFirst());
            group = new ArrayList<>(group);
            group.remove(first);
            group.addFirst(first);
            result.put(first, folderName(first));
            taken.add(key(result.get(first)));
            deferred.addAll(group.subList(1, group.size()));
        }
        for (String n : deferred) {
            String candidate = withSuffix(folderName(n), "~" + shortHash(n));
            for (int k = 2; taken.contains(key(candidate)); k++) {
                candidate = withSuffix(folderName(n), "~" + shortHash(n) + "~" + k);
            }
            result.put(n, candidate);
            taken.add(key(candidate));
        }
        // A later clash with a first-of-group name is impossible: their keys were all taken before any suffix.
        return result;
    }

    /** Whether {@code name} is exactly what {@link #folderName} would leave unchanged. */
    public static boolean isSafe(String name) {
        return name != null && folderName(name).equals(name);
    }

    private static boolean isUnsafe(int cp) {
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || FORBIDDEN.indexOf(cp) >= 0) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || type == Character.UNASSIGNED && !Character.isDefined(cp);
    }

    private static String trimEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' '
                || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String truncateUtf8(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > maxBytes) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static String withSuffix(String base, String suffix) {
        int room = MAX_BYTES - suffix.getBytes(StandardCharsets.UTF_8).length;
        String b = trimEnds(truncateUtf8(base, room));
        return (b.isEmpty() ? "_" : b) + suffix;
    }

    private static String key(String folder) {
        return folder.toLowerCase(Locale.ROOT);
    }

    private static String shortHash(String name) {
        return Sha256.hex(Sha256.of(name), 4);
    }
}
