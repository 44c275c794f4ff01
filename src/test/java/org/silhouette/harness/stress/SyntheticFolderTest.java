package org.silhouette.harness.stress;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SyntheticFolderTest {

    @Test
    void syntheticFileNamesCarryTheirGroup() {
        assertEquals(3, SyntheticFolder.groupOf(SyntheticFolder.name(42, 3)));
        assertEquals(-1, SyntheticFolder.groupOf("holiday.jpg"));
    }
}
