package org.silhouette.embed.backbone;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NativeMemoryTest {

    /** On Linux (glibc) the settings must take: mallopt answers 1 for each; a second call does not redo them. */
    @Test
    void glibcTakesTheMallocSettings() {
        assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "mallopt is glibc's");
        assertEquals(true, NativeMemory.keepLargeBlocks());
        assertEquals(true, NativeMemory.keepLargeBlocks());
    }
}
