package org.silhouette.harness.stress;

import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;
import org.silhouette.project.Palette;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An independent in-memory model of what the store should hold after a sequence of {@link CrashOps}:
 * whole-state snapshots with a cursor for undo/redo, no SQL and no change records. The crash trials check
 * the reopened database against it.
 */
final class LabelModel {
    private final int historyLimit;
    private final List<RawDb> states = new ArrayList<>();
    private int cursor;
    private int nextId;

    LabelModel(int images, int historyLimit) {
        this.historyLimit = historyLimit;
        states.add(RawDb.empty(images));
        nextId = 1;
    }

    private LabelModel(LabelModel other) {
        historyLimit = other.historyLimit;
        states.addAll(other.states);
        cursor = other.cursor;
        nextId = other.nextId;
    }

    LabelModel copy() {
        return new LabelModel(this);
    }

    RawDb current() {
        return states.get(cursor);
    }

    /** The state {@code back} undo steps ago (0 = now). */
    RawDb stateBefore(int back) {
        return states.get(cursor - back);
    }

    int undoDepth() {
        return cursor;
    }

    int redoDepth() {
        return states.size() - 1 - cursor;
    }

    void apply(String op) {
        String[] t = op.split(" ");
        if (t[0].equals("undo")) {
            cursor = Math.max(0, cursor - 1);
            return;
        }
        if (t[0].equals("redo")) {
            cursor = Math.min(states.size() - 1, cursor + 1);
            return;
        }
        RawDb now = current();
        int[] labelOf = now.labelOfImage().clone();
        TreeMap<Integer, LabelInfo> labels = new TreeMap<>(now.labels());
        int n = labelOf.length;
        switch (t[0]) {
            case "create" -> create(labels, t[1], Integer.parseInt(t[2]));
            case "rename" -> labels.computeIfPresent(Integer.parseInt(t[1]), (k, l) -> l.withName(t[2]));
            case "recolour" -> labels.computeIfPresent(Integer.parseInt(t[1]), (k, l) -> l.withColour(Integer.parseInt(t[2])));
            case "assign" -> {
                for (int i : CrashOps.pick(Long.parseLong(t[2]), Integer.parseInt(t[3]), n)) {
                    labelOf[i] = Integer.parseInt(t[1]);
                }
            }
            case "unassign" -> {
                for (int i : CrashOps.pick(Long.parseLong(t[1]), Integer.parseInt(t[2]), n)) {
                    labelOf[i] = -1;
                }
            }
            case "each" -> {
                int[] images = CrashOps.pick(Long.parseLong(t[1]), Integer.parseInt(t[2]), n);
                int[] ids = CrashOps.labelsFor(Long.parseLong(t[1]), images.length, CrashOps.ints(t[3]));
                for (int k = 0; k < images.length; k++) {
                    labelOf[images[k]] = ids[k];
                }
            }
            case "named" -> {
                int[] images = CrashOps.pick(Long.parseLong(t[1]), Integer.parseInt(t[2]), n);
                String[] names = CrashOps.namesFor(Long.parseLong(t[1]), images.length, t[3].split(","));
                Map<String, Integer> idOf = new LinkedHashMap<>();
                labels.values().forEach(l -> idOf.put(l.name(), l.id()));
                for (int k = 0; k < images.length; k++) {
                    Integer id = idOf.get(names[k]);
                    if (id == null) {
                        id = create(labels, names[k], Palette.colour(labels.size()));
                        idOf.put(names[k], id);
                    }
                    labelOf[images[k]] = id;
                }
            }
            case "merge" -> {
                int from = Integer.parseInt(t[1]);
                int into = Integer.parseInt(t[2]);
                for (int i = 0; i < n; i++) {
                    if (labelOf[i] == from) {
                        labelOf[i] = into;
                    }
                }
                labels.remove(from);
            }
            case "delete" -> {
                int id = Integer.parseInt(t[1]);
                for (int i = 0; i < n; i++) {
                    if (labelOf[i] == id) {
                        labelOf[i] = -1;
                    }
                }
                labels.remove(id);
            }
            case "move" -> {
                List<LabelInfo> order = new ArrayList<>(labels.values());
                order.sort(LabelState.PANEL_ORDER);
                LabelInfo moved = labels.get(Integer.parseInt(t[1]));
                order.remove(moved);
                order.add(Math.max(0, Math.min(Integer.parseInt(t[2]), order.size())), moved);
                for (int p = 0; p < order.size(); p++) {
                    labels.put(order.get(p).id(), order.get(p).withPosition(p));
                }
            }
            default -> throw new IllegalArgumentException("unknown crash op: " + op);
        }
        RawDb next = new RawDb(labelOf, labels);
        if (next.equals(now)) {
            return; // the store records no step for an operation that changes nothing
        }
        while (states.size() > cursor + 1) {
            states.removeLast();
        }
        states.add(next);
        cursor++;
        if (states.size() - 1 > historyLimit) {
            states.removeFirst();
            cursor--;
        }
    }

    private int create(Map<Integer, LabelInfo> labels, String name, int colour) {
        int position = labels.values().stream().mapToInt(LabelInfo::position).max().orElse(-1) + 1;
        int id = nextId++;
        labels.put(id, new LabelInfo(id, name, colour, position));
        return id;
    }

    @Override
    public String toString() {
        return "LabelModel[cursor " + cursor + " of " + (states.size() - 1) + ", next id " + nextId + "]";
    }
}
