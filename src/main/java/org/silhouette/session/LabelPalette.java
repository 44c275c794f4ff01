package org.silhouette.session;

import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels in panel order, as the map's classes: class {@code k} is the k-th label in the panel, so
 * number key k+1 assigns it and the map's legend lists the labels in the same order.
 */
public record LabelPalette(List<LabelInfo> labels, Map<Integer, Integer> classOfId) {

    public static LabelPalette of(LabelState s) {
        Map<Integer, Integer> byId = new HashMap<>();
        for (int k = 0; k < s.labels().size(); k++) {
            byId.put(s.labels().get(k).id(), k);
        }
        return new LabelPalette(s.labels(), Map.copyOf(byId));
    }

    public List<String> names() {
        return labels.stream().map(LabelInfo::name).toList();
    }

    public int[] rgb() {
        return labels.stream().mapToInt(LabelInfo::colour).toArray();
    }

    /** The class index of a label id, -1 for none or an unknown label. */
    public int classOf(int labelId) {
        Integer k = labelId < 0 ? null : classOfId.get(labelId);
        return k == null ? -1 : k;
    }

    public int[] classesOf(int[] labelIds) {
        int[] out = new int[labelIds.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = classOf(labelIds[i]);
        }
        return out;
    }

    /** The label at a panel position, or null. */
    public LabelInfo at(int position) {
        return position >= 0 && position < labels.size() ? labels.get(position) : null;
    }
}
