package org.silhouette.project;

import org.silhouette.core.UserError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The label operations as edits on a {@link ChangeBuilder}. Each returns the sentence the Undo menu
 * shows; none touches the database, so they are the same code for the app, the CLI and the tests.
 */
final class LabelOps {
    private LabelOps() {
    }

    static String assign(ChangeBuilder b, int[] images, int labelId) {
        LabelInfo l = b.label(labelId);
        for (int image : images) {
            b.setLabel(image, labelId);
        }
        return "Label " + count(images.length) + " '" + l.name() + "'";
    }

    static String assignEach(ChangeBuilder b, int[] images, int[] labelIds) {
        if (images.length != labelIds.length) {
            throw new IllegalArgumentException(images.length + " images but " + labelIds.length + " labels");
        }
        for (int i = 0; i < images.length; i++) {
            b.setLabel(images[i], labelIds[i]);
        }
        return "Label " + count(images.length) + " (" + distinct(labelIds) + " labels)";
    }

    static String unassign(ChangeBuilder b, int[] images) {
        for (int image : images) {
            b.setLabel(image, LabelState.NONE);
        }
        return "Remove the label from " + count(images.length);
    }

    static String create(ChangeBuilder b, String name, Integer colour, LabelInfo[] created) {
        created[0] = b.createLabel(name, colour);
        return "Create label '" + created[0].name() + "'";
    }

    static String rename(ChangeBuilder b, int id, String name) {
        String old = b.label(id).name();
        b.rename(id, name);
        return "Rename '" + old + "' to '" + b.label(id).name() + "'";
    }

    static String recolour(ChangeBuilder b, int id, int rgb) {
        b.recolour(id, rgb);
        return "Recolour '" + b.label(id).name() + "'";
    }

    static String merge(ChangeBuilder b, int from, int into) {
        if (from == into) {
            throw new UserError("Cannot merge a label into itself.");
        }
        LabelInfo a = b.label(from);
        LabelInfo target = b.label(into);
        for (int i = 0; i < b.imageCount(); i++) {
            if (b.labelOf(i) == from) {
                b.setLabel(i, into);
            }
        }
        b.removeLabel(from);
        return "Merge '" + a.name() + "' into '" + target.name() + "'";
    }

    static String delete(ChangeBuilder b, int id) {
        LabelInfo l = b.label(id);
        for (int i = 0; i < b.imageCount(); i++) {
            if (b.labelOf(i) == id) {
                b.setLabel(i, LabelState.NONE);
            }
        }
        b.removeLabel(id);
        return "Delete label '" + l.name() + "'";
    }

    /** Moves a label to {@code index} in panel order; the others keep their relative order. */
    static String move(ChangeBuilder b, int id, int index) {
        LabelInfo l = b.label(id);
        List<LabelInfo> order = new java.util.ArrayList<>(b.labelsInPanelOrder());
        order.remove(l);
        order.add(Math.max(0, Math.min(index, order.size())), l);
        for (int p = 0; p < order.size(); p++) {
            b.setPosition(order.get(p).id(), p);
        }
        return "Move label '" + l.name() + "'";
    }

    /**
     * Gives each image the label of that name, creating missing labels in order of first appearance
     * (images taken in the order given). Used by imports and by anything that speaks in names.
     */
    static String assignNamed(ChangeBuilder b, int[] images, String[] names, String description) {
        if (images.length != names.length) {
            throw new IllegalArgumentException(images.length + " images but " + names.length + " names");
        }
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < images.length; i++) {
            String name = LabelNames.validate(names[i]);
            int id = ids.computeIfAbsent(name, n -> {
                LabelInfo existing = b.labelNamed(n);
                return existing != null ? existing.id() : b.createLabel(n, null).id();
            });
            b.setLabel(images[i], id);
        }
        return description;
    }

    private static String count(int n) {
        return n == 1 ? "1 image" : n + " images";
    }

    private static long distinct(int[] ids) {
        return java.util.Arrays.stream(ids).distinct().count();
    }
}
