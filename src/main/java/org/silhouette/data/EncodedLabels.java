package org.silhouette.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * String labels turned into dense class ids in order of first appearance; {@code -1} marks an empty
 * (unlabelled) entry.
 */
public record EncodedLabels(int[] ids, List<String> names) {

    public static EncodedLabels encode(List<String> labels) {
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] ids = new int[labels.size()];
        for (int i = 0; i < ids.length; i++) {
            String l = labels.get(i);
            ids[i] = l == null || l.isEmpty() ? -1 : index.computeIfAbsent(l, k -> index.size());
        }
        return new EncodedLabels(ids, List.copyOf(new ArrayList<>(index.keySet())));
    }

    public int classCount() {
        return names.size();
    }

    public int labelledCount() {
        int n = 0;
        for (int id : ids) {
            if (id >= 0) {
                n++;
            }
        }
        return n;
    }
}
