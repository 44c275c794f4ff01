package org.silhouette.session;

import org.silhouette.render.ArgbTile;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The thumbnails of a grid or list of images (the inspector's, the gallery's, the doubtful labels'): read from
 * the project's thumbnail cache on the loader thread, made into what the window shows ({@code T}), and kept in a
 * small least-recently-used cache until the project changes. Requests are made and thumbnails handed over on one
 * thread (the app's FX thread); the reading runs on the loader.
 *
 * @param <T> a thumbnail as the window shows it
 */
public final class GridThumbnails<T> {

    private final ExecutorService loader;
    private final Executor handOver;
    private final Function<ArgbTile, T> shown;
    private final Map<Integer, T> images;
    private ProjectSession session;
    /** Raised by every new session: a read that started before it is dropped. */
    private long generation;

    /**
     * @param handOver runs each read thumbnail's hand-over on the requests' thread ({@code Platform::runLater})
     * @param cached how many thumbnails are kept
     * @param shown makes a thumbnail into what the window shows, on the loader thread
     */
    public GridThumbnails(ExecutorService loader, Executor handOver, int cached, Function<ArgbTile, T> shown) {
        this.loader = loader;
        this.handOver = handOver;
        this.shown = shown;
        this.images = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, T> eldest) {
                return size() > cached;
            }
        };
    }

    /** The project whose thumbnails are shown, or null. */
    public ProjectSession session() {
        return session;
    }

    /** Shows {@code s}'s thumbnails from now on: another project's cached ones, and any read under way, are dropped. */
    public void follow(ProjectSession s) {
        if (s != session) {
            session = s;
            generation++;
            images.clear();
        }
    }

    /**
     * Hands the thumbnail of row {@code row} of {@code rows} to {@code show}: at once when cached, else once read,
     * and only if the cell still shows that row ({@code shownRow}) and the project is the same.
     */
    public void loadRow(Rows rows, int row, Consumer<T> show, Supplier<Integer> shownRow) {
        if (row < rows.count()) {
            load(rows.image(row), show, () -> {
                Integer now = shownRow.get();
                return now != null && now == row;
            });
        }
    }

    /** {@link #loadRow}, for a view that shows image {@code image} as long as {@code stillShown} says so. */
    public void load(int image, Consumer<T> show, BooleanSupplier stillShown) {
        ProjectSession ws = session;
        if (ws == null) {
            return;
        }
        T cached = images.get(image);
        if (cached != null) {
            show.accept(cached);
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
            } catch (IOException | RuntimeException e) {
                return; // an unreadable image has no thumbnail; its cell stays empty
            }
            if (tile == null) {
                return;
            }
            T made = shown.apply(tile);
            handOver.execute(() -> {
                if (ws == session && generation == mine) {
                    images.put(image, made);
                    if (stillShown.getAsBoolean()) {
                        show.accept(made);
                    }
                }
            });
        });
    }
}
