package org.silhouette.session;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the window opens at its start: the folders asked for, else the bundled demo. */
class OpenRequestTest {

    @Test
    void theFoldersGivenWinAndWithoutAnyTheDemoOpens() {
        Path images = Path.of("some", "images");
        assertEquals(new OpenRequest(images, null, "zoo:resnet18"), OpenRequest.orDemo(images, null, "zoo:resnet18"));
        assertEquals(new OpenRequest(null, images, null), OpenRequest.orDemo(null, images, null));
        OpenRequest demo = OpenRequest.orDemo(null, null, "b");
        assertEquals(DemoFolder.find(), demo.data());
        assertNull(demo.project());
        assertEquals("b", demo.backbone(), "the backbone asked for holds for the demo too");
    }
}
