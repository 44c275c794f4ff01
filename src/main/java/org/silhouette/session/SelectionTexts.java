package org.silhouette.session;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the window says about the selection and the counts of the map: the status bar's counts, the inspector's
 * title and why its Name… button does what it does, the name box's prompt, the questions before a bare key
 * changes many labels, the label panel's count and the window's title.
 */
public final class SelectionTexts {

    private SelectionTexts() {
    }

    /** The status bar's counts. */
    public static String counts(int images, int selected, int labelled) {
        return String.format(Locale.ROOT, "%,d images · %,d selected · %,d labelled", images, selected, labelled);
    }

    /** The inspector's title over the first {@code shown} of {@code selected} images. */
    public static String inspectorTitle(int selected, int shown) {
        return selected == 0 ? "Selection" : String.format(Locale.ROOT, "%,d selected%s", selected,
                selected > shown ? ", first " + shown + " shown" : "");
    }

    /** Why naming the selection cannot be done now, or what it does. */
    public static String namingTip(boolean projectOpen, boolean writable, int selected) {
        return !projectOpen ? "Open a folder first"
                : !writable ? "This project is read-only: labels cannot be changed here"
                : selected == 0 ? "Select images first: drag a lasso around them on the map"
                : "Name the selected images (N on the map)";
    }

    /** The name box's prompt. */
    public static String namePrompt(int selected) {
        return String.format(Locale.ROOT, "Name the %,d selected image%s", selected, selected == 1 ? "" : "s");
    }

    /** Asked before a number key gives many selected images a label. */
    public static String askAssign(int selected, String label) {
        return String.format(Locale.ROOT, "Give the %,d selected images the label '%s'?", selected, label);
    }

    /** Asked before Backspace or Delete removes many selected images' labels. */
    public static String askRemove(int selected) {
        return String.format(Locale.ROOT, "Remove the labels of the %,d selected images?", selected);
    }

    /** The label panel's count; "No project open" without labels. */
    public static String labelled(boolean projectOpen, int labelled, int images) {
        return projectOpen ? String.format(Locale.ROOT, "%,d of %,d labelled", labelled, images) : "No project open";
    }

    /** A label panel row's tip: the number key of the first nine rows, and what a double click does. */
    public static String labelTip(int position) {
        return position < 9 ? "Key " + (position + 1) + " gives the selection this label; double-click selects its"
                + " images" : "Double-click selects its images";
    }

    /** The window's title for a project of the images under {@code root}. */
    public static String windowTitle(Path root, boolean readOnly) {
        String name = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        return "Silhouette — " + name + (readOnly ? " (read-only)" : "");
    }
}
