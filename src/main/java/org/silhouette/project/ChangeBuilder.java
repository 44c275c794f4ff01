package org.silhouette.project;

import org.silhouette.core.UserError;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Collects the edits of one operation against a base state and turns them into a {@link Change} that
 * holds only what really differs. Every label operation, however compound (an import creates labels and
 * assigns thousands of images), becomes exactly one step this way.
 */
final class ChangeBuilder {
    private final LabelState base;
    private final int[] current;
    private final BitSet touched = new BitSet();
    private final Map<Integer, LabelInfo> labels = new LinkedHashMap<>();
    private int nextLabelId;

    ChangeBuilder(LabelState base, int nextLabelId) {
        this.base = base;
        this.current = base.labelArray();
        for (LabelInfo l : base.labels()) {
            labels.put(l.id(), l);
        }
        this.nextLabelId = nextLabelId;
    }

    int imageCount() {
        return current.length;
    }

    int labelOf(int image) {
        checkImage(image);
        return current[image];
    }

    LabelInfo label(int id) {
        LabelInfo l = labels.get(id);
        if (l == null) {
            throw new UserError("Label " + id + " no longer exists.");
        }
        return l;
    }

    LabelInfo labelNamed(String name) {
        for (LabelInfo l : labels.values()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }

    List<LabelInfo> labelsInPanelOrder() {
        List<LabelInfo> list = new ArrayList<>(labels.values());
        list.sort(LabelState.PANEL_ORDER);
        return list;
    }

    LabelInfo createLabel(String rawName, Integer colour) {
        String name = LabelNames.validate(rawName);
        checkNameFree(name, null);
        int position = labels.values().stream().mapToInt(LabelInfo::position).max().orElse(-1) + 1;
        int rgb = colour != null ? colour : Palette.colour(labels.size());
        LabelInfo l = new LabelInfo(nextLabelId++, name, rgb, position);
        labels.put(l.id(), l);
        return l;
    }

    void rename(int id, String rawName) {
        LabelInfo l = label(id);
        String name = LabelNames.validate(rawName);
        checkNameFree(name, id);
        labels.put(id, l.withName(name));
    }

    void recolour(int id, int rgb) {
        labels.put(id, label(id).withColour(rgb));
    }

    void setPosition(int id, int position) {
        labels.put(id, label(id).withPosition(position));
    }

    /** Removes a label; its images must have been moved off it first. */
    void removeLabel(int id) {
        label(id);
        for (int i = 0; i < current.length; i++) {
            if (current[i] == id) {
                throw new IllegalStateException("label " + id + " still has images");
            }
        }
        labels.remove(id);
    }

    void setLabel(int image, int labelId) {
        checkImage(image);
        if (labelId != LabelState.NONE) {
            label(labelId);
        }
        current[image] = labelId;
        touched.set(image);
    }

    Change build(String description) {
        int n = 0;
        for (int i = touched.nextSetBit(0); i >= 0; i = touched.nextSetBit(i + 1)) {
            if (current[i] != base.labelOf(i)) {
                n++;
            }
        }
        int[] images = new int[n];
        int[] before = new int[n];
        int[] after = new int[n];
        int k = 0;
        for (int i = touched.nextSetBit(0); i >= 0; i = touched.nextSetBit(i + 1)) {
            if (current[i] != base.labelOf(i)) {
                images[k] = i;
                before[k] = base.labelOf(i);
                after[k] = current[i];
                k++;
            }
        }
        TreeSet<Integer> ids = new TreeSet<>(labels.keySet());
        base.labels().forEach(l -> ids.add(l.id()));
        List<LabelDelta> deltas = new ArrayList<>();
        for (int id : ids) {
            LabelInfo was = base.label(id).orElse(null);
            LabelInfo now = labels.get(id);
            if (!Objects.equals(was, now)) {
                deltas.add(new LabelDelta(id, was, now));
            }
        }
        return new Change(description, images, before, after, deltas);
    }

    private void checkNameFree(String name, Integer self) {
        LabelInfo other = labelNamed(name);
        if (other != null && (self == null || other.id() != self)) {
            throw new UserError("A label named '" + name + "' already exists; merge into it instead.");
        }
    }

    private void checkImage(int image) {
        if (image < 0 || image >= current.length) {
            throw new IllegalArgumentException("image index " + image + " is outside 0.." + (current.length - 1));
        }
    }
}
