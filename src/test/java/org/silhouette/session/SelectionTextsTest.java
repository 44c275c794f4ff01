package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lines the window shows about the selection and the map's counts. */
class SelectionTextsTest {

    @Test
    void countsAndTitlesGroupThousands() {
        assertEquals("12,000 images · 1 selected · 300 labelled", SelectionTexts.counts(12_000, 1, 300));
        assertEquals("Selection", SelectionTexts.inspectorTitle(0, 0));
        assertEquals("40 selected", SelectionTexts.inspectorTitle(40, 40));
        assertEquals("1,200 selected, first 300 shown", SelectionTexts.inspectorTitle(1200, 300));
        assertEquals("Name the 1 selected image", SelectionTexts.namePrompt(1));
        assertEquals("Name the 2,500 selected images", SelectionTexts.namePrompt(2500));
        assertEquals("5 of 1,000 labelled", SelectionTexts.labelled(true, 5, 1000));
        assertEquals("No project open", SelectionTexts.labelled(false, 0, 0));
    }

    @Test
    void theNamingTipSaysTheFirstReasonItCannotBeDone() {
        assertEquals("Open a folder first", SelectionTexts.namingTip(false, false, 0));
        assertEquals("This project is read-only: labels cannot be changed here",
                SelectionTexts.namingTip(true, false, 3));
        assertEquals("Select images first: drag a lasso around them on the map", SelectionTexts.namingTip(true, true, 0));
        assertEquals("Name the selected images (N on the map)", SelectionTexts.namingTip(true, true, 3));
    }

    @Test
    void questionsTipsAndTheWindowTitle() {
        assertEquals("Give the 142 selected images the label 'coat'?", SelectionTexts.askAssign(142, "coat"));
        assertEquals("Remove the labels of the 1,042 selected images?", SelectionTexts.askRemove(1042));
        assertEquals("Key 3 gives the selection this label; double-click selects its images",
                SelectionTexts.labelTip(2));
        assertEquals("Double-click selects its images", SelectionTexts.labelTip(9));
        assertEquals("Silhouette — photos (read-only)", SelectionTexts.windowTitle(Path.of("/data/photos"), true));
        assertEquals("Silhouette — /", SelectionTexts.windowTitle(Path.of("/"), false));
    }
}
