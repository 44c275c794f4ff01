package org.silhouette.app;

/**
 * The two ways to look at images closer than the map shows them: one image at full size ({@link ImagePreview},
 * opened by a double click or Space on the map) and the selection as large thumbnails ({@link SelectionGallery}).
 * Both read images on the inspector thread. FX thread.
 */
final class ImageViews {

    final ImagePreview preview;
    final SelectionGallery gallery;

    ImageViews(WindowParts app) {
        preview = new ImagePreview(app);
        gallery = new SelectionGallery(app, preview);
        app.map().setOnOpenPoint(preview::openAt);
    }
}
