package org.silhouette.render;

import java.util.ArrayList;
import java.util.List;

/** A tile lookup that hands out a tile for every index and records what was asked and how many frames ran. */
final class AllTiles implements TileLookup {
    static final ArgbTile TILE = ArgbTile.of(4, 4, new int[16], 0);

    final List<Integer> asked = new ArrayList<>();
    int frames;

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public ArgbTile tileOrRequest(int index) {
        asked.add(index);
        return TILE;
    }

    @Override
    public void frameDone() {
        frames++;
    }
}
