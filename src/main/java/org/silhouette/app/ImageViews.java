package org.silhouette.app;

import javafx.stage.Window;
import org.silhouette.session.ProjectSession;

import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The two ways to look at images closer than the map shows them: one image at full size ({@link ImagePreview},
 * opened by a double click or Space on the map) and the selection as large thumbnails ({@link SelectionGallery}).
 * Both read images on {@code loader}. FX thread.
 */
final class ImageViews {

    final ImagePreview preview;
    final SelectionGallery gallery;

    ImageViews(MapPresenter presenter, LabelController labels, ExecutorService loader, Supplier<ProjectSession> session,
            Supplier<Window> owner) {
        preview = new ImagePreview(presenter, loader, session, owner);
        gallery = new SelectionGallery(presenter, labels, loader, preview, session, owner);
        presenter.map().setOnOpenPoint(preview::openAt);
    }
}
