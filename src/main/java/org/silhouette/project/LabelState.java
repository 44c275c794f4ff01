package org.silhouette.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the images, every image's label and the label list, as committed to the store.
 * The UI reads it from any thread without locking; every committed change publishes a new one, so the
 * image list and the labels in one snapshot always belong together.
 */
public final class LabelState {
    /** The value of {@link #labelOf} for an unlabelled image. */
    public static final int NONE = -1;

    public static final Comparator<LabelInfo> PANEL_ORDER =
            Comparator.comparingInt(LabelInfo::position).thenComparingInt(LabelInfo::id);

    private final ImageList images;
    private final int[] labelOfImage;
    private final List<LabelInfo> labels;
    private final Map<Integer, LabelInfo> byId;
    private final String undoDescription;
    private final String redoDescription;

    LabelState(ImageList images, int[] labelOfImage, Iterable<LabelInfo> labels, String undoDescription,
            String redoDescription) {
        if (images.size() != labelOfImage.length) {
            throw new IllegalArgumentException(images.size() + " images but " + labelOfImage.length + " labels");
        }
        this.images = images;
        this.labelOfImage = labelOfImage;
        List<LabelInfo> list = new ArrayList<>();
        Map<Integer, LabelInfo> map = new HashMap<>();
        for (LabelInfo l : labels) {
            list.add(l);
            map.put(l.id(), l);
        }
        list.sort(PANEL_ORDER);
        this.labels = Collections.unmodifiableList(list);
        this.byId = Collections.unmodifiableMap(map);
        this.undoDescription = undoDescription;
        this.redoDescription = redoDescription;
    }

    static LabelState empty() {
        return new LabelState(ImageList.empty(), new int[0], List.of(), null, null);
    }

    /** The images this snapshot's labels are indexed by. */
    public ImageList images() {
        return images;
    }

    public int imageCount() {
        return labelOfImage.length;
    }

    /** The label id of image {@code image}, or {@link #NONE}. */
    public int labelOf(int image) {
        return labelOfImage[image];
    }

    /** A copy of every image's label id ({@link #NONE} for unlabelled), indexed by image. */
    public int[] labelArray() {
        return labelOfImage.clone();
    }

    /** The labels in panel order. */
    public List<LabelInfo> labels() {
        return labels;
    }

    public Optional<LabelInfo> label(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<LabelInfo> labelNamed(String name) {
        for (LabelInfo l : labels) {
            if (l.name().equals(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Images that carry label {@code id}, ascending. */
    public int[] imagesWith(int id) {
        return java.util.stream.IntStream.range(0, labelOfImage.length).filter(i -> labelOfImage[i] == id).toArray();
    }

    /** Image count per label id; unlabelled images are not counted. */
    public Map<Integer, Integer> counts() {
        Map<Integer, Integer> counts = new HashMap<>();
        for (LabelInfo l : labels) {
            counts.put(l.id(), 0);
        }
        for (int id : labelOfImage) {
            if (id != NONE) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        return counts;
    }

    public int labelledCount() {
        int n = 0;
        for (int id : labelOfImage) {
            if (id != NONE) {
                n++;
            }
        }
        return n;
    }

    public boolean canUndo() {
        return undoDescription != null;
    }

    public boolean canRedo() {
        return redoDescription != null;
    }

    /** What Ctrl+Z would undo, e.g. "Label 42 images 'cat'". */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undoDescription);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redoDescription);
    }

    /** Same labels and assignments (history descriptions aside). */
    public boolean sameLabelling(LabelState other) {
        return Arrays.equals(labelOfImage, other.labelOfImage) && byId.equals(other.byId);
    }

    LabelState with(Change change, String undo, String redo) {
        int[] next = labelOfImage.clone();
        int[] images = change.images();
        for (int i = 0; i < images.length; i++) {
            next[images[i]] = change.after()[i];
        }
        Map<Integer, LabelInfo> map = new HashMap<>(byId);
        for (LabelDelta d : change.labels()) {
            if (d.after() == null) {
                map.remove(d.id());
            } else {
                map.put(d.id(), d.after());
            }
        }
        return new LabelState(this.images, next, map.values(), undo, redo);
    }

    LabelState withHistory(String undo, String redo) {
        return new LabelState(images, labelOfImage, labels, undo, redo);
    }

    LabelState withImages(ImageList newImages) {
        int count = newImages.size();
        if (count < labelOfImage.length) {
            throw new IllegalArgumentException("images are never removed from a project");
        }
        int[] next = Arrays.copyOf(labelOfImage, count);
        Arrays.fill(next, labelOfImage.length, count, NONE);
        return new LabelState(newImages, next, labels, undoDescription, redoDescription);
    }

    /** Throws unless {@code change} starts from this state; guards undo against a history that drifted. */
    void checkIsBefore(Change change) {
        int[] images = change.images();
        for (int i = 0; i < images.length; i++) {
            if (images[i] < 0 || images[i] >= labelOfImage.length || labelOfImage[images[i]] != change.before()[i]) {
                throw new IllegalStateException("history step '" + change.description()
                        + "' does not match the current label of image " + images[i]);
            }
        }
        for (LabelDelta d : change.labels()) {
            if (!java.util.Objects.equals(byId.get(d.id()), d.before())) {
                throw new IllegalStateException("history step '" + change.description()
                        + "' does not match the current state of label " + d.id());
            }
        }
    }

    @Override
    public String toString() {
        return "LabelState[" + labelOfImage.length + " images, " + labelledCount() + " labelled, " + labels.size()
                + " labels]";
    }
}
