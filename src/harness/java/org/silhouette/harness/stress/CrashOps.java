package org.silhouette.harness.stress;

import org.silhouette.core.Shuffle;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;
import org.silhouette.project.ProjectStore;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The labelling operations of a crash trial as one line of text each, so the child can announce an
 * operation before doing it and the parent can replay it on {@link LabelModel}. Names never contain spaces.
 * <pre>
 * create NAME RGB | rename ID NAME | recolour ID RGB | assign ID SEED COUNT | unassign SEED COUNT
 * each SEED COUNT ID,ID,... | named SEED COUNT NAME,NAME,... | merge FROM INTO | delete ID | move ID INDEX
 * undo | redo
 * </pre>
 */
final class CrashOps {
    private CrashOps() {
    }

    /** {@code count} distinct image indices out of {@code n}, fixed by {@code seed}. */
    static int[] pick(long seed, int count, int n) {
        return Shuffle.sample(IntStream.range(0, n).toArray(), count, new Random(seed));
    }

    /** For {@code each}: the label of each picked image, drawn from {@code ids}. */
    static int[] labelsFor(long seed, int count, int[] ids) {
        return Arrays.stream(draws(seed, count, ids.length)).map(k -> ids[k]).toArray();
    }

    /** For {@code named}: the name of each picked image, drawn from {@code names}. */
    static String[] namesFor(long seed, int count, String[] names) {
        return Arrays.stream(draws(seed, count, names.length)).mapToObj(k -> names[k]).toArray(String[]::new);
    }

    /** {@code count} seeded draws from 0..choices-1, independent of the image picks of the same seed. */
    private static int[] draws(long seed, int count, int choices) {
        Random r = new Random(seed ^ 0x9E3779B97F4A7C15L);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = r.nextInt(choices);
        }
        return out;
    }

    static int[] ints(String csv) {
        return Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** Chooses a valid next operation for the current committed state. */
    static String choose(Random r, LabelState s, int images, String namePrefix) {
        List<LabelInfo> labels = s.labels();
        int roll = r.nextInt(100);
        if (labels.isEmpty() || (roll < 10 && labels.size() < 12)) {
            return "create " + namePrefix + "c" + " " + r.nextInt(1 << 24);
        }
        LabelInfo any = labels.get(r.nextInt(labels.size()));
        int count = r.nextInt(10) == 0 ? 1 + r.nextInt(images) : 1 + r.nextInt(50);
        long seed = r.nextLong();
        if (roll < 15) {
            return "rename " + any.id() + " " + namePrefix + "r";
        } else if (roll < 20) {
            return "recolour " + any.id() + " " + r.nextInt(1 << 24);
        } else if (roll < 50) {
            return "assign " + any.id() + " " + seed + " " + count;
        } else if (roll < 58) {
            return "unassign " + seed + " " + count;
        } else if (roll < 64) {
            StringBuilder ids = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                ids.append(k > 0 ? "," : "").append(labels.get(r.nextInt(labels.size())).id());
            }
            return "each " + seed + " " + count + " " + ids;
        } else if (roll < 69) {
            return "named " + seed + " " + count + " " + any.name() + "," + namePrefix + "n1," + namePrefix + "n2";
        } else if (roll < 73 && labels.size() >= 2) {
            LabelInfo other = labels.get(r.nextInt(labels.size()));
            return other.id() == any.id() ? "undo" : "merge " + any.id() + " " + other.id();
        } else if (roll < 77) {
            return "delete " + any.id();
        } else if (roll < 81) {
            return "move " + any.id() + " " + r.nextInt(labels.size() + 1);
        } else if (roll < 94 && s.canUndo()) {
            return "undo";
        } else if (s.canRedo()) {
            return "redo";
        }
        return "assign " + any.id() + " " + seed + " " + count;
    }

    /** Runs one operation on the store; returns when it is committed. */
    static void execute(ProjectStore store, String op) {
        String[] t = op.split(" ");
        int n = store.images().size();
        switch (t[0]) {
            case "create" -> store.createLabel(t[1], Integer.parseInt(t[2]));
            case "rename" -> store.renameLabel(Integer.parseInt(t[1]), t[2]);
            case "recolour" -> store.recolourLabel(Integer.parseInt(t[1]), Integer.parseInt(t[2]));
            case "assign" -> store.assign(pick(Long.parseLong(t[2]), Integer.parseInt(t[3]), n), Integer.parseInt(t[1]));
            case "unassign" -> store.unassign(pick(Long.parseLong(t[1]), Integer.parseInt(t[2]), n));
            case "each" -> {
                int[] images = pick(Long.parseLong(t[1]), Integer.parseInt(t[2]), n);
                store.assignEach(images, labelsFor(Long.parseLong(t[1]), images.length, ints(t[3])));
            }
            case "named" -> {
                int[] images = pick(Long.parseLong(t[1]), Integer.parseInt(t[2]), n);
                store.assignNamed(images, namesFor(Long.parseLong(t[1]), images.length, t[3].split(",")), "Named");
            }
            case "merge" -> store.mergeLabels(Integer.parseInt(t[1]), Integer.parseInt(t[2]));
            case "delete" -> store.deleteLabel(Integer.parseInt(t[1]));
            case "move" -> store.moveLabel(Integer.parseInt(t[1]), Integer.parseInt(t[2]));
            case "undo" -> store.undo();
            case "redo" -> store.redo();
            default -> throw new IllegalArgumentException("unknown crash op: " + op);
        }
    }
}
