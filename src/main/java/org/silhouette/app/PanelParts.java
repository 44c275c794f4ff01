package org.silhouette.app;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.silhouette.app.map.FxImages;
import org.silhouette.session.GridThumbnails;

import java.util.concurrent.ExecutorService;

/**
 * The pieces the side panels and the small windows build alike, so they look alike: a panel's frame and title,
 * hint lines, thumbnail views and the thumbnails they show, and the frame of a window with a heading over its
 * content. FX thread.
 */
final class PanelParts {

    /** Thumbnails a grid or list of images keeps (inspector, gallery, doubtful labels). */
    private static final int CACHED = 2000;

    private PanelParts() {
    }

    /** A side panel (labels, quality, inspector): its parts stacked, in the panel style. */
    static VBox sidePanel(Node... parts) {
        VBox root = new VBox(6, parts);
        root.getStyleClass().add("side-panel");
        root.setPadding(new Insets(8));
        return root;
    }

    /** A label in the style class {@code style} ("panel-title", "panel-hint", …). */
    static Label styled(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        return l;
    }

    /** A hint in the style class {@code style} that wraps rather than cutting its text off. */
    static Label hint(String text, String style) {
        Label l = styled(text, style);
        l.setWrapText(true);
        return l;
    }

    /** {@code l} wrapping its text and never shorter than its lines (a narrow panel makes it taller). */
    static Label wrapping(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A view that fits an image into a {@code size} square, keeping its shape. */
    static ImageView thumbnail(double size) {
        ImageView view = new ImageView();
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        return view;
    }

    /** The thumbnails of a grid or list of images, read on {@code loader} and enlarged to at least {@code edge}. */
    static GridThumbnails<Image> thumbnails(ExecutorService loader, double edge) {
        return new GridThumbnails<>(loader, Platform::runLater, CACHED, t -> FxImages.enlarged(t, edge));
    }

    /** A small window's content: a wrapping heading over {@code centre}, {@code bottom} under it, a margin round. */
    static BorderPane headed(Label header, Node centre, Node bottom) {
        header.setWrapText(true);
        BorderPane root = new BorderPane(centre, header, null, bottom, null);
        BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
        root.setPadding(new Insets(10));
        return root;
    }
}
