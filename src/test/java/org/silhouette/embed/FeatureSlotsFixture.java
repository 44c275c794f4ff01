package org.silhouette.embed;

/** Slots filled as the extractor fills them, for tests of their readers outside this package. */
public final class FeatureSlotsFixture {
    private FeatureSlotsFixture() {
    }

    public static FeatureSlots empty(int inputs, int dim) {
        return new FeatureSlots(inputs, dim);
    }

    public static void put(FeatureSlots slots, int input, float[] row) {
        slots.put(input, row);
    }
}
