package org.silhouette.project;

/** A label's row before and after one step; null means the label does not exist on that side. */
record LabelDelta(int id, LabelInfo before, LabelInfo after) {

    LabelDelta {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a label delta needs a before or an after");
        }
    }

    LabelDelta inverse() {
        return new LabelDelta(id, after, before);
    }
}
