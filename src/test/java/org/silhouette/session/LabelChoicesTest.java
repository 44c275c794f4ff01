package org.silhouette.session;

import org.junit.jupiter.api.Test;
import org.silhouette.project.LabelInfo;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the label panel offers for a merge and the words it asks with. */
class LabelChoicesTest {

    private static final LabelInfo BAG = new LabelInfo(3, "bag", 0, 0);
    private static final LabelInfo COAT = new LabelInfo(5, "coat", 0, 1);
    private static final LabelInfo SHIRT = new LabelInfo(8, "shirt", 0, 2);

    @Test
    void aLabelMergesIntoEveryOtherInPanelOrder() {
        assertEquals(List.of(BAG, SHIRT), LabelChoices.mergeTargets(List.of(BAG, COAT, SHIRT), COAT));
        assertEquals(List.of(), LabelChoices.mergeTargets(List.of(COAT), COAT), "alone: nothing to merge into");
        assertEquals(Optional.of(SHIRT), LabelChoices.named(List.of(BAG, SHIRT), "shirt"));
        assertEquals(Optional.empty(), LabelChoices.named(List.of(BAG, SHIRT), "coat"));
    }

    @Test
    void theQuestionsNameTheLabelAndItsImages() {
        assertEquals("Merge 'coat' (12 images) into…", LabelChoices.mergeQuestion(COAT, 12));
        assertEquals("New name for 'bag':", LabelChoices.renamePrompt(BAG));
        assertEquals("Delete the label 'bag'?", LabelChoices.deleteQuestion(BAG));
        assertEquals("4 images lose this label and become unlabelled. Edit > Undo (Ctrl+Z) brings it back.",
                LabelChoices.deleteConsequence(4));
    }

    @Test
    void onlyTheFirstNineLabelsHaveANumberKey() {
        assertEquals("1", LabelChoices.key(0));
        assertEquals("9", LabelChoices.key(8));
        assertEquals(" ", LabelChoices.key(9));
    }
}
