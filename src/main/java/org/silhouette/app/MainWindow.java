package org.silhouette.app;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.silhouette.app.demo.DemoDataset;
import org.silhouette.app.map.ColourMode;
import org.silhouette.app.map.MapSelection;
import org.silhouette.app.map.MapView;
import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The temporary main window: a toolbar, the map and a status bar, showing a demo dataset loaded in the
 * background. The label panel, store and training loop replace the demo parts.
 */
final class MainWindow {

    /** Loads the data off the FX thread. */
    @FunctionalInterface
    interface Loader {
        DemoDataset load(Progress progress, Cancellation cancel) throws Exception;
    }

    private final MapView map = new MapView();
    private final StatusBar status = new StatusBar();
    private final ChoiceBox<ColourMode> colourMode = new ChoiceBox<>();
    private final ComboBox<String> labelPick = new ComboBox<>();
    private final Scene scene;
    private DemoDataset data;
    private boolean alternate;

    MainWindow() {
        BorderPane root = new BorderPane(map, toolbar(), null, status, null);
        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("app.css")).toExternalForm());
        status.setText("Loading…");
        map.selectionModel().addListener(s -> updateStatus());
        map.addFrameListener(this::updateStatus);
        map.hoveredIndexProperty().addListener((obs, was, now) -> updateStatus());
    }

    Scene scene() {
        return scene;
    }

    MapView map() {
        return map;
    }

    DemoDataset data() {
        return data;
    }

    void show(Stage stage) {
        stage.setTitle("Silhouette");
        stage.setScene(scene);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            map.dispose();
            if (data != null) {
                data.closer().run();
            }
        });
        stage.show();
        map.requestFocus();
    }

    /** Loads in the background; {@code onReady} runs on the FX thread once the map has its data. */
    void load(Loader loader, Consumer<DemoDataset> onReady, Consumer<Throwable> onFailure) {
        Task<DemoDataset> task = new Task<>() {
            @Override
            protected DemoDataset call() throws Exception {
                return loader.load((stage, done, total) -> {
                    updateMessage(stage);
                    updateProgress(done, total);
                }, this::isCancelled);
            }
        };
        status.textProperty().bind(task.messageProperty());
        status.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            unbindStatus();
            show(task.getValue());
            onReady.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            unbindStatus();
            status.setText("Could not load: " + task.getException().getMessage());
            onFailure.accept(task.getException());
        });
        Thread.ofPlatform().daemon().name("demo-loader").start(task);
    }

    static void showError(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(error.getMessage()));
        alert.setHeaderText("Could not open the images");
        alert.show();
    }

    private void unbindStatus() {
        status.textProperty().unbind();
        status.progressProperty().unbind();
        status.setProgress(0);
    }

    private void show(DemoDataset d) {
        data = d;
        map.setPoints(d.x(), d.y(), false);
        map.setItemNames(d.names());
        map.setLabels(d.labels(), d.classNames());
        map.setSuggestions(d.suggested(), d.confidence());
        map.setSilhouette(d.silhouette());
        map.setThumbnails(d.thumbnails()::apply, 256L << 20, 2);
        map.setPreviewLoader(d.previews());
        labelPick.getItems().setAll(d.classNames());
        updateStatus();
    }

    private ToolBar toolbar() {
        colourMode.getItems().setAll(ColourMode.values());
        colourMode.valueProperty().bindBidirectional(map.colourModeProperty());
        labelPick.setPromptText("a label…");
        labelPick.setOnAction(e -> {
            int id = labelPick.getItems().indexOf(labelPick.getValue());
            if (id >= 0) {
                map.selectLabel(id, MapSelection.Op.REPLACE);
            }
        });
        Button all = new Button("All");
        all.setOnAction(e -> map.selectionModel().selectAll());
        Button invert = new Button("Invert");
        invert.setOnAction(e -> map.selectionModel().invert());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> map.selectionModel().clear());
        Button reproject = new Button("Re-project (demo)");
        reproject.setOnAction(e -> {
            if (data != null) {
                alternate = !alternate;
                map.setPoints(alternate ? data.altX() : data.x(), alternate ? data.altY() : data.y());
            }
        });
        Region grow = new Region();
        javafx.scene.layout.HBox.setHgrow(grow, Priority.ALWAYS);
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> data == null ? "" : data.title(),
                status.textProperty()));
        title.getStyleClass().add("title");
        for (Button b : new Button[] {all, invert, clear, reproject}) {
            b.setFocusTraversable(false);
        }
        colourMode.setFocusTraversable(false);
        labelPick.setFocusTraversable(false);
        ToolBar bar = new ToolBar(new Label("Colour by"), colourMode, new Separator(), new Label("Select"), all,
                invert, clear, labelPick, new Separator(), reproject, grow, title);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private void updateStatus() {
        if (data == null || status.textProperty().isBound()) {
            return;
        }
        MapSelection sel = map.selectionModel();
        int hovered = map.hoveredIndexProperty().get();
        String mode = map.lastFrame().thumbnails() ? "thumbnails" : "dots";
        status.setText(String.format(Locale.ROOT, "%,d images   ·   %,d selected   ·   zoom %.1f×   ·   %s%s",
                map.pointCount(), sel.count(), map.zoom(), mode,
                hovered >= 0 ? "   ·   " + data.names().apply(hovered) : ""));
    }
}
