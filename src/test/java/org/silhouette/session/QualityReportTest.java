package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quality figures in words, as the window's quality panel shows them. */
class QualityReportTest {

    private static final QualityReport MEASURED = new QualityReport(List.of(
            new QualityReport.ClassQuality(3, 20, 0.51), new QualityReport.ClassQuality(7, 1_200, Double.NaN)),
            1, 244, 0.875, Double.NaN, null, null);

    @Test
    void measuredFiguresSayOnWhatAndHowWell() {
        assertEquals(1_220, MEASURED.labelledCount());
        assertEquals("On 244 held-out labelled images (fold 2 of " + Validation.FOLDS + "), by a head that never saw"
                + " them: P@1 0.88 · MAP@R –", MEASURED.headline());
        assertEquals("Measured on your labels as they are now: 1,220 labelled images in 2 labels, of which 244 held"
                + " out.", MEASURED.measuredOn(true));
        assertEquals("Out of date (updating…): measured on 1,220 labelled images in 2 labels, of which 244 held out.",
                MEASURED.measuredOn(false));
    }

    @Test
    void missingFiguresSayWhyAndNothingElse() {
        QualityReport none = QualityReport.unavailable("Label at least two groups.", null);
        assertEquals("Label at least two groups.", none.headline());
        assertEquals("", none.measuredOn(true));
        assertEquals("–", QualityReport.figure(Double.NaN));
        assertEquals("-0.25", QualityReport.figure(-0.25));
    }

    @Test
    void theLabelsComeInPanelOrderWithoutOnesDeletedSince() {
        QualityReport q = new QualityReport(List.of(new QualityReport.ClassQuality(4, 10, 0.5),
                new QualityReport.ClassQuality(9, 3, 0.1), new QualityReport.ClassQuality(7, 8, 0.2)), 0, 0, 0, 0,
                null, null);
        LabelPalette panel = new LabelPalette(List.of(new org.silhouette.project.LabelInfo(7, "b", 0, 0),
                new org.silhouette.project.LabelInfo(4, "a", 0, 1)), java.util.Map.of(7, 0, 4, 1));
        assertEquals(List.of(7, 4), q.inPanelOrder(panel).stream().map(QualityReport.ClassQuality::labelId).toList());
    }

    @Test
    void eachTableRowIsTheLabelsColourNameCountAndFigure() {
        QualityReport q = new QualityReport(List.of(new QualityReport.ClassQuality(4, 1_500, 0.456),
                new QualityReport.ClassQuality(7, 8, Double.NaN)), 0, 0, 0, 0, null, null);
        LabelPalette panel = new LabelPalette(List.of(new org.silhouette.project.LabelInfo(7, "bag", 0x112233, 0),
                new org.silhouette.project.LabelInfo(4, "coat", 0xff0000, 1)), java.util.Map.of(7, 0, 4, 1));
        assertEquals(List.of(new QualityReport.Row(0x112233, "bag", "8", "–"),
                new QualityReport.Row(0xff0000, "coat", "1,500", "0.46")), q.rows(panel));
    }
}
