package org.silhouette.session;

import java.util.List;

/**
 * Every keyboard shortcut of the window, in the order Help > Keyboard shortcuts lists them (docs/APP.md has the
 * same table); kept as data here so that the list and the guide can be checked against each other without a
 * window.
 */
public final class KeyboardShortcuts {

    /** One row: the keys, and what they do. */
    public record Entry(String keys, String action) {
    }

    public static final List<Entry> ALL = List.of(
            new Entry("Drag", "Lasso (or rectangle): select the images inside"),
            new Entry("Shift + drag / Alt + drag", "Add to / remove from the selection"),
            new Entry("Click", "Toggle one image"),
            new Entry("Ctrl+A / Ctrl+I / Esc", "Select all / invert / clear the selection"),
            new Entry("1 … 9", "Give the selection label 1 … 9 (the order of the label panel); Enter confirms"),
            new Entry("N or Enter", "Name the selection: type a new or existing label"),
            new Entry("Backspace or Delete", "Remove the labels of the selection; Enter confirms"),
            new Entry("Shift+A", "Accept the suggestions in the selection"),
            new Entry("U", "Select the most uncertain images"),
            new Entry("Space (on an image) or double-click", "Preview at full size: ← → previous / next, Esc closes"),
            new Entry("G", "Gallery of the selection: click marks, Delete removes, N names, Enter previews"),
            new Entry("Ctrl+D", "Doubtful labels: F fixes one, K keeps it, J shows it on the map"),
            new Entry("Ctrl+F", "Filter the map (unlabelled, a label, doubtful, unsure; file name); Esc clears it"),
            new Entry("Ctrl+U", "Review suggestions: Enter accepts, X rejects, 1 … 9 relabel, ← → skip, Ctrl+Z undoes"),
            new Entry("Ctrl+T", "Confusion table: click a cell to select its images"),
            new Entry("Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)", "Undo / redo any label change"),
            new Entry("Ctrl+R", "Retrain the map now"),
            new Entry("C", "Next colour mode (label, suggestion, confidence, quality)"),
            new Entry("L / R", "Lasso / rectangle tool"),
            new Entry("Wheel, + / −", "Zoom"),
            new Entry("Right-drag, Space + drag, arrows", "Pan"),
            new Entry("F or Home", "Show the whole map"),
            new Entry("Ctrl+O / Ctrl+Shift+O", "Open a folder / a project"),
            new Entry("Ctrl+,", "Settings"),
            new Entry("F1", "This list"));

    private KeyboardShortcuts() {
    }
}
