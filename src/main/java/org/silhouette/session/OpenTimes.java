package org.silhouette.session;

/**
 * How long the last open took, as the user saw it: from the request to the first map on screen (the saved one,
 * or a preview), and to the map with features and suggestions. The window's thread calls it.
 */
public final class OpenTimes {

    private long started;
    private double firstMapSeconds;
    private double openSeconds;

    /** A new open request: both times start again from 0. */
    public void start() {
        started = System.nanoTime();
        firstMapSeconds = 0;
        openSeconds = 0;
    }

    /** A map is on screen; only the first one after {@link #start} counts. */
    public void mapShown() {
        if (firstMapSeconds == 0) {
            firstMapSeconds = since();
        }
    }

    /** The map with features and suggestions is on screen: the open is done. */
    public void opened() {
        openSeconds = since();
    }

    /** Seconds from the open request to the first map on screen (0 until then). */
    public double firstMapSeconds() {
        return firstMapSeconds;
    }

    /** Seconds from the open request to the map with features and suggestions (0 until then). */
    public double openSeconds() {
        return openSeconds;
    }

    private double since() {
        return (System.nanoTime() - started) / 1e9;
    }
}
