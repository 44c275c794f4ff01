package org.silhouette.cli;

/**
 * Keeps DJL off the network unless the user opted in: DJL reads these as system properties or
 * environment variables before it first touches the engine.
 */
final class Offline {
    private Offline() {
    }

    static void enforceDefaults() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }
}
