package org.silhouette.app;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.SuggestionReview;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * What the review queue's window shows: the image large (decoded on a background queue; a step the user has
 * moved on from is never shown), its file, its suggestion, the progress, the buttons and the order and label
 * choices. {@link ReviewQueueWindow} decides what goes in it. FX thread.
 */
final class ReviewQueuePane {

    static final String LEAST_SURE = "Least sure first";
    static final String BY_GROUP = "Group by group";

    /** The buttons' actions, in order: accept, reject, previous, next, show on map, undo. */
    record Actions(Runnable accept, Runnable reject, Runnable previous, Runnable next, Runnable jump, Runnable undo) {
    }

    private final LargeImage picture;
    private final Label name = new Label();
    private final Label suggestion = new Label();
    private final Label progress = new Label();
    private final ChoiceBox<String> order = new ChoiceBox<>();
    private final ChoiceBox<String> group = new ChoiceBox<>();
    private final ToolWindow window;
    private int imageShown = -1;
    private boolean updating;

    ReviewQueuePane(ExecutorService decoder, Window owner, Actions actions, Runnable choiceChanged,
            Consumer<KeyEvent> keys) {
        picture = new LargeImage(decoder, "review-message");
        order.getItems().setAll(LEAST_SURE, BY_GROUP);
        order.setValue(LEAST_SURE);
        for (ChoiceBox<String> c : List.of(order, group)) {
            c.setFocusTraversable(false);
            c.setOnAction(e -> {
                if (!updating) {
                    choiceChanged.run();
                }
            });
        }
        picture.node().getStyleClass().add("review-picture");
        name.setId("review-name");
        name.getStyleClass().add("review-name");
        suggestion.setId("review-suggestion");
        progress.setId("review-progress");
        HBox top = new HBox(8, new Label("Order"), order, new Label("Labels"), group);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 12, 8, 12));
        List<Button> buttons = List.of(AppToolbar.button("Accept (Enter)", "Give the image its suggested label",
                actions.accept()), AppToolbar.button("Reject (X)", "Leave it unlabelled and move on", actions.reject()),
                AppToolbar.button("← Previous", "Skip back without deciding", actions.previous()),
                AppToolbar.button("Next →", "Skip without deciding", actions.next()),
                AppToolbar.button("Show on map (J)", "Select it on the map and centre the map on it", actions.jump()),
                AppToolbar.button("Undo (Ctrl+Z)", "Take the last decision back", actions.undo()));
        Label hint = PanelParts.styled("1–9 give the label in that row of the label panel instead · Esc closes",
                "review-hint");
        VBox caption = new VBox(4, name, suggestion, progress, new HBox(8, buttons.toArray(Button[]::new)), hint);
        caption.setPadding(new Insets(8, 12, 10, 12));
        BorderPane root = new BorderPane(picture.node(), top, null, caption, null);
        root.getStyleClass().add("review");
        window = new ToolWindow(() -> owner, "Review suggestions", 820, 720).styled();
        window.stage(() -> root, keys).setOnHidden(e -> {
            picture.cancel();
            imageShown = -1;
        });
    }

    Stage stage() {
        return window.stage();
    }

    ToolWindow window() {
        return window;
    }

    boolean byGroup() {
        return BY_GROUP.equals(order.getValue());
    }

    /** The position in {@code labels} of the one label to review, -1 for every label. */
    int onlyLabel() {
        return group.getItems().indexOf(group.getValue()) - 1; // the first item is every label
    }

    /** "Every suggested label", then one entry per label; the choice stays while its label does. */
    void setLabels(List<String> labels) {
        String was = group.getValue();
        List<String> items = SuggestionReview.labelChoices(labels);
        updating = true;
        try {
            if (!items.equals(group.getItems())) {
                group.getItems().setAll(items);
            }
            group.setValue(items.contains(was) ? was : items.getFirst());
        } finally {
            updating = false;
        }
    }

    void setProgress(String text) {
        progress.setText(text);
    }

    /** Shows no image, and why. */
    void showNothing(String why) {
        imageShown = -1;
        name.setText("");
        suggestion.setText("");
        picture.showNothing(why);
    }

    /** Shows an image with its caption; an image already shown keeps its picture. */
    void show(ProjectSession ws, int image, String suggested) {
        suggestion.setText(suggested);
        if (image == imageShown) {
            return;
        }
        imageShown = image;
        name.setText(ws.imageName(image));
        picture.load(ws, image, sized -> { });
    }
}
