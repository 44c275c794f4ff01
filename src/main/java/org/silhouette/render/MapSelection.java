package org.silhouette.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The selected images, as image indices in a BitSet: it follows the images, not screen positions, so a
 * new map keeps it. Listeners run on the thread that changed the selection (the FX thread in the app),
 * only when the set really changed.
 */
public final class MapSelection {

    /** How a new set of hits combines with the current selection. */
    public enum Op {
        REPLACE, ADD, SUBTRACT;

        /** What a gesture does with Shift held (adds) or Alt (subtracts); Shift wins over Alt. */
        public static Op of(boolean shift, boolean alt) {
            return shift ? ADD : alt ? SUBTRACT : REPLACE;
        }
    }

    /** Told after every real change. */
    @FunctionalInterface
    public interface Listener {
        void selectionChanged(MapSelection selection);
    }

    private final BitSet bits = new BitSet();
    private final List<Listener> listeners = new ArrayList<>();
    private int itemCount;

    public MapSelection(int itemCount) {
        setItemCount(itemCount);
    }

    /** The rows as a set of hits, to {@link #apply}. */
    public static BitSet of(int... rows) {
        BitSet hits = new BitSet();
        for (int r : rows) {
            hits.set(r);
        }
        return hits;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public int itemCount() {
        return itemCount;
    }

    /** Changes the number of images; indices at or past the new count are dropped. */
    public void setItemCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Item count must be >= 0, got " + count);
        }
        itemCount = count;
        if (bits.length() > count) {
            BitSet before = (BitSet) bits.clone();
            bits.clear(count, bits.length());
            fireIfChanged(before);
        }
    }

    public boolean isSelected(int index) {
        return bits.get(index);
    }

    public int count() {
        return bits.cardinality();
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    /** A copy of the selected indices. */
    public BitSet selected() {
        return (BitSet) bits.clone();
    }

    /** The selected indices in ascending order. */
    public int[] toArray() {
        return bits.stream().toArray();
    }

    /** Read-only view for hot loops (the overlay); callers must not modify it. */
    public BitSet bitsView() {
        return bits;
    }

    public void apply(BitSet hits, Op op) {
        BitSet before = (BitSet) bits.clone();
        switch (op) {
            case REPLACE -> {
                bits.clear();
                bits.or(hits);
            }
            case ADD -> bits.or(hits);
            case SUBTRACT -> bits.andNot(hits);
        }
        if (bits.length() > itemCount) {
            bits.clear(itemCount, bits.length());
        }
        fireIfChanged(before);
    }

    public void toggle(int index) {
        checkIndex(index);
        bits.flip(index);
        fire();
    }

    public void select(int index) {
        checkIndex(index);
        if (!bits.get(index)) {
            bits.set(index);
            fire();
        }
    }

    public void selectWhere(IntPredicate predicate, Op op) {
        BitSet hits = new BitSet(itemCount);
        for (int i = 0; i < itemCount; i++) {
            if (predicate.test(i)) {
                hits.set(i);
            }
        }
        apply(hits, op);
    }

    public void selectAll() {
        BitSet all = new BitSet(itemCount);
        all.set(0, itemCount);
        apply(all, Op.REPLACE);
    }

    public void invert() {
        if (itemCount == 0) {
            return;
        }
        bits.flip(0, itemCount);
        fire();
    }

    public void clear() {
        if (!bits.isEmpty()) {
            bits.clear();
            fire();
        }
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= itemCount) {
            throw new IndexOutOfBoundsException("Index " + index + " outside 0.." + (itemCount - 1));
        }
    }

    private void fireIfChanged(BitSet before) {
        if (!before.equals(bits)) {
            fire();
        }
    }

    private void fire() {
        for (Listener l : List.copyOf(listeners)) {
            l.selectionChanged(this);
        }
    }
}
