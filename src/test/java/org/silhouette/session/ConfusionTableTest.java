package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfusionTableTest {

    private static final Map<Integer, String> NAMES = Map.of(5, "coat", 8, "shirt");

    private static ConfusionTable table() {
        Rows rows = new Rows(new int[] {30, 31, 32, 33, 34, 35, 36});
        int[] labels = {5, 5, 5, 8, 8, -1, 5};
        int[] suggested = {5, 8, -1, 8, 8, 5, 5};
        return new ConfusionTable(Confusion.of(List.of(8, 5), rows, labels, suggested), NAMES::get);
    }

    @Test
    void captionsNameTheLabelsInPanelOrderAndCountTheirImages() {
        ConfusionTable t = table();
        assertEquals("Held out of the spreading, 67 % of the labelled images get their own label back.", t.headline());
        assertEquals("shirt", t.column(0));
        assertEquals("none", t.column(2));
        assertEquals("coat  (4)", t.row(1));
        assertEquals("50 %", t.agreement(1));
        assertEquals("100 %", t.agreement(0));
    }

    @Test
    void cellsSayHowManyImagesAndWhichOnes() {
        ConfusionTable t = table();
        assertEquals("1", t.cell(1, 0));
        assertEquals("", t.cell(0, 1), "an empty cell is blank");
        assertEquals(0.25, t.share(1, 2), 1e-9);
        assertEquals("labelled 'coat' that the suggestions call 'shirt'", t.cellImages(1, 0));
        assertEquals("labelled 'coat' that the suggestions agree with", t.cellImages(1, 1));
        assertEquals("labelled 'coat' that no label reaches", t.cellImages(1, 2));
        assertEquals("2 images labelled 'coat' that the suggestions agree with", t.cellTip(1, 1));
        assertEquals("labelled 'shirt' that the suggestions give another label or none", t.rowImages(0));
        assertEquals("Selected the image labelled 'x'.", ConfusionTable.selected(1, "labelled 'x'"));
        assertEquals("Selected the 1,200 images labelled 'x'.", ConfusionTable.selected(1200, "labelled 'x'"));
    }

    @Test
    void saysWhyThereIsNoFigure() {
        Rows rows = new Rows(new int[] {0});
        assertEquals("No labels yet: name a group first.",
                new ConfusionTable(Confusion.of(List.of(), rows, new int[] {-1}, new int[] {-1}), NAMES::get).headline());
        assertEquals("Too few labelled images to hold any out.",
                new ConfusionTable(Confusion.of(List.of(5), rows, new int[] {-1}, new int[] {-1}), NAMES::get).headline());
    }
}
