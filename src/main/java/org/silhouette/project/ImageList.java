package org.silhouette.project;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's images by image id: id {@code i} is row {@code i} of every per-image matrix the store saves
 * or exports (the map's rows are another index, see {@code session.Rows}). Images are never removed (labels
 * and history refer to ids); a file that went away is kept and marked not present. Immutable; each sync
 * publishes a new one.
 */
public final class ImageList {
    private final String[] paths;
    private final long[] sizes;
    private final long[] mtimes;
    private final String[] hashes;
    private final BitSet missing;
    private final Map<String, Integer> index;

    ImageList(String[] paths, long[] sizes, long[] mtimes, String[] hashes, BitSet missing) {
        this.paths = paths;
        this.sizes = sizes;
        this.mtimes = mtimes;
        this.hashes = hashes;
        this.missing = missing;
        this.index = new HashMap<>(paths.length * 2);
        for (int i = 0; i < paths.length; i++) {
            index.put(paths[i], i);
        }
    }

    static ImageList empty() {
        return new ImageList(new String[0], new long[0], new long[0], new String[0], new BitSet());
    }

    public int size() {
        return paths.length;
    }

    /** The path relative to the image root, {@code /}-separated. */
    public String path(int i) {
        return paths[i];
    }

    public List<String> paths() {
        return List.of(paths);
    }

    /** The index of a relative path, or -1. */
    public int indexOf(String relativePath) {
        Integer i = index.get(relativePath);
        return i == null ? -1 : i;
    }

    public boolean isPresent(int i) {
        return !missing.get(i);
    }

    public ImageRecord record(int i) {
        return new ImageRecord(paths[i], sizes[i], mtimes[i], hashes[i]);
    }

    ImageList with(int count, Map<Integer, ImageRecord> updates, BitSet nowMissing) {
        String[] p = Arrays.copyOf(paths, count);
        long[] s = Arrays.copyOf(sizes, count);
        long[] m = Arrays.copyOf(mtimes, count);
        String[] h = Arrays.copyOf(hashes, count);
        updates.forEach((i, r) -> {
            p[i] = r.path();
            s[i] = r.size();
            m[i] = r.mtime();
            h[i] = r.hash();
        });
        return new ImageList(p, s, m, h, nowMissing);
    }

    BitSet missingCopy() {
        return (BitSet) missing.clone();
    }
}
