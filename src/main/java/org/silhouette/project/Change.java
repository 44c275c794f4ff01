package org.silhouette.project;

import java.util.List;

/**
 * One undoable step: for each touched image its label before and after ({@link LabelState#NONE} for none),
 * and for each touched label its row before and after. Undo applies the inverse; the store keeps both
 * sides so a step can go either way after a restart.
 */
record Change(String description, int[] images, int[] before, int[] after, List<LabelDelta> labels) {

    Change {
        if (images.length != before.length || images.length != after.length) {
            throw new IllegalArgumentException("images, before and after differ in length");
        }
        labels = List.copyOf(labels);
    }

    Change inverse() {
        return new Change(description, images, after, before,
                labels.stream().map(LabelDelta::inverse).toList());
    }

    boolean isEmpty() {
        return images.length == 0 && labels.isEmpty();
    }
}
