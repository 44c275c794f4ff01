package org.silhouette.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The base of the tests that drive a real window: the toolkit starts once per class, with the app's own
 * settings kept in a temporary home instead of the user's.
 */
abstract class FxWindowTest {

    @TempDir
    static Path home;

    @BeforeAll
    static void toolkit() throws Exception {
        AppFx.startToolkit(home);
    }
}
