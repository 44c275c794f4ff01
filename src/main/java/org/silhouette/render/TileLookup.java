package org.silhouette.render;

import java.util.function.IntFunction;

/** Thumbnails as the renderer sees them: what is in memory now, without waiting. */
public interface TileLookup {

    TileLookup NONE = new TileLookup() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public ArgbTile tileOrRequest(int index) {
            return null;
        }
    };

    /** Thumbnails that are all in memory already (a benchmark's, a test's): nothing is ever queued. */
    static TileLookup inMemory(IntFunction<ArgbTile> tileOf) {
        return new TileLookup() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public ArgbTile tileOrRequest(int index) {
                return tileOf.apply(index);
            }
        };
    }

    /** False when the map has no thumbnails at all, so it stays with dots. */
    boolean available();

    /** Start of a frame: tiles that arrived since the last frame become visible (nothing to do by default). */
    default void beginFrame() {
    }

    /** The thumbnail if it is loaded; otherwise null, and the image is queued for loading. */
    ArgbTile tileOrRequest(int index);

    /** The thumbnail if it is in memory, without queuing anything. */
    default ArgbTile peek(int index) {
        return null;
    }

    /** End of a frame: what was requested during it replaces older requests (nothing to do by default). */
    default void frameDone() {
    }
}
