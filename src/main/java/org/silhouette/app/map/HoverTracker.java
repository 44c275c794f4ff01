package org.silhouette.app.map;

import org.silhouette.render.ArgbTile;

import java.util.function.IntFunction;

/**
 * The hover preview's side of the map: where the mouse is, which point it shows, the quick thumbnail at
 * once and the larger image when it has loaded ({@link PreviewLoader}). FX thread.
 */
final class HoverTracker {

    private final HoverPreview view;
    private final PreviewLoader previews = new PreviewLoader();
    private IntFunction<String> itemNames = i -> "Image " + (i + 1);
    private IntFunction<ArgbTile> previewLoader;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    HoverTracker(HoverPreview view) {
        this.view = view;
    }

    void setItemNames(IntFunction<String> names) {
        itemNames = names == null ? i -> "Image " + (i + 1) : names;
    }

    /** A larger image for the preview; null to enlarge the thumbnail instead. */
    void setPreviewLoader(IntFunction<ArgbTile> loader) {
        previewLoader = loader;
    }

    void mouseAt(double x, double y) {
        mouseX = x;
        mouseY = y;
    }

    boolean hasMouse() {
        return !Double.isNaN(mouseX);
    }

    double mouseX() {
        return mouseX;
    }

    double mouseY() {
        return mouseY;
    }

    void hide() {
        view.hide();
    }

    /**
     * Shows point {@code index} (-1 hides the preview) next to the mouse, within a map of {@code width} by
     * {@code height}.
     *
     * @param detail the text under a point's name
     * @param quick a point's thumbnail when already loaded, else null
     * @param thumbnails loads a thumbnail when there is no preview loader, or null
     */
    void show(int index, IntFunction<String> detail, IntFunction<ArgbTile> quick, IntFunction<ArgbTile> thumbnails,
            double width, double height) {
        if (index < 0) {
            view.hide();
            return;
        }
        if (index != view.index()) {
            ArgbTile tile = quick.apply(index);
            view.show(index, itemNames.apply(index), detail.apply(index),
                    tile == null ? null : FxImages.enlarged(tile, HoverPreview.EDGE));
            IntFunction<ArgbTile> loader = previewLoader != null ? previewLoader : thumbnails;
            if (loader != null) {
                previews.request(index, loader, image -> {
                    if (view.index() == index) {
                        view.setImage(image);
                    }
                });
            }
        }
        view.placeNear(mouseX, mouseY, width, height);
    }

    int index() {
        return view.index();
    }

    void shutdown() {
        previews.shutdown();
    }

    boolean awaitTermination(long millis) throws InterruptedException {
        return previews.awaitTermination(millis);
    }
}
