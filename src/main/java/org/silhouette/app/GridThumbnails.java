package org.silhouette.app;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.silhouette.app.map.FxImages;
import org.silhouette.render.ArgbTile;
import org.silhouette.session.MapPresenter;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.Rows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The thumbnails of a grid or list of images (the inspector's, the gallery's, the doubtful labels'): read
 * from the project's thumbnail cache on the loader thread, enlarged to the cell, and kept in a small
 * least-recently-used cache until the project changes. FX thread, except the reading.
 */
final class GridThumbnails {
    private final MapPresenter presenter;
    private final ExecutorService loader;
    private final int cell;
    private final Map<Integer, Image> images;
    private ProjectSession session;
    /** Raised by every {@link #reset}: a read that started before it is dropped. */
    private long generation;

    GridThumbnails(MapPresenter presenter, ExecutorService loader, int cell, int cached) {
        this.presenter = presenter;
        this.loader = loader;
        this.cell = cell;
        this.images = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
                return size() > cached;
            }
        };
    }

    ProjectSession session() {
        return session;
    }

    /** Shows {@code s}'s thumbnails from now on; the cached ones and any read under way are dropped. */
    void reset(ProjectSession s) {
        session = s;
        generation++;
        images.clear();
    }

    /**
     * Puts the thumbnail of map row {@code row} into {@code view}: at once when cached, else once read, and
     * only if the cell still shows that row ({@code shown}) and the project is the same.
     */
    void load(int row, ImageView view, Supplier<Integer> shown) {
        Rows rows = presenter.rows();
        if (row < rows.count()) {
            loadImage(rows.image(row), view, () -> {
                Integer now = shown.get();
                return now != null && now == row;
            });
        }
    }

    /** {@link #load}, for a view that shows image {@code image} as long as {@code stillShown} says so. */
    void loadImage(int image, ImageView view, BooleanSupplier stillShown) {
        ProjectSession ws = session;
        if (ws == null) {
            return;
        }
        Image cached = images.get(image);
        if (cached != null) {
            view.setImage(cached);
            return;
        }
        long mine = generation;
        if (loader.isShutdown()) {
            return; // the window is closing
        }
        loader.execute(() -> {
            ArgbTile tile;
            try {
                tile = MapPresenter.tileOf(ws.thumbnails().tile(image));
            } catch (java.io.IOException | RuntimeException e) {
                return; // an unreadable image has no thumbnail; its cell stays empty
            }
            if (tile == null) {
                return;
            }
            Image fx = FxImages.enlarged(tile, cell);
            Platform.runLater(() -> {
                if (ws == session && generation == mine) {
                    images.put(image, fx);
                    if (stillShown.getAsBoolean()) {
                        view.setImage(fx);
                    }
                }
            });
        });
    }
}
