package org.silhouette.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.silhouette.app.map.FxImages;
import org.silhouette.session.LabelPalette;
import org.silhouette.session.QualityReport;

/**
 * How good the map is, after each round: P@1 and MAP@R on held-out labelled images, the mean silhouette
 * and each label's silhouette (-1..1; higher means its images sit together, apart from the others), and the
 * demo-truth accuracy when the folder has one. It says which images it measured (how many labelled, how many
 * held out, after which change), and the moment the labels change it says its figures are out of date until
 * the next analysis replaces them, so old figures never pass for the current labels. FX thread.
 */
final class QualityPanel {

    private final Label overall = new Label("Label images of two groups and retrain to see how well the map"
            + " separates them.");
    private final Label truth = new Label();
    private final Label measured = new Label();
    private boolean figuresShown;
    private final GridPane table = new GridPane();
    private final VBox root;

    QualityPanel() {
        PanelParts.wrapping(overall).setId("quality-overall");
        PanelParts.wrapping(truth).getStyleClass().add("truth");
        truth.setId("quality-truth");
        truth.setTooltip(new Tooltip("Your labels and accepted suggestions compared with the demo's truth.csv."));
        PanelParts.wrapping(measured).getStyleClass().add("panel-hint");
        measured.setId("quality-measured");
        table.setHgap(8);
        table.setVgap(2);
        root = PanelParts.sidePanel(PanelParts.styled("Quality", "panel-title"), overall, measured, table, truth);
    }

    Node node() {
        return root;
    }

    String overallText() {
        return overall.getText();
    }

    /** What the figures measured, or that they are out of date. */
    String measuredText() {
        return measured.getText();
    }

    void clear() {
        overall.setText("");
        truth.setText("");
        measured.setText("");
        table.getChildren().clear();
        figuresShown = false;
    }

    /** The labels changed: until new figures come, the shown ones are for the labels before. */
    void labelsChanged() {
        if (figuresShown) {
            measured.setText("Out of date: measured before your last label change; updating…");
            root.setOpacity(0.6);
        }
    }

    /** @param current whether the figures are for the labels as they are now (no change since they were asked for) */
    void show(QualityReport q, LabelPalette palette, String truthLine, boolean current) {
        truth.setText(truthLine == null ? "" : truthLine);
        if (q == null) {
            return; // suggestions came first; the figures follow
        }
        table.getChildren().clear();
        root.setOpacity(current ? 1 : 0.6);
        figuresShown = true;
        overall.setText(q.headline());
        measured.setText(q.measuredOn(current));
        if (q.note() != null) {
            return;
        }
        int row = 0;
        if (!q.classes().isEmpty()) {
            table.addRow(row++, new Label(""), PanelParts.styled("label", "panel-hint"),
                    PanelParts.styled("images", "panel-hint"), PanelParts.styled("silhouette", "panel-hint"));
        }
        for (QualityReport.Row r : q.rows(palette)) {
            table.addRow(row++, new Rectangle(10, 10, FxImages.colour(r.rgb())), new Label(r.name()),
                    new Label(r.images()), new Label(r.silhouette()));
        }
    }
}
