package org.silhouette.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Placeholder window until the map view lands (issue 3). */
public final class SilhouetteApp extends Application {

    static void start(GuiLauncher.Request request) {
        Application.launch(SilhouetteApp.class);
    }

    @Override
    public void start(Stage stage) {
        Label text = new Label("Silhouette\n\nThe thumbnail map is not built yet; the core pipeline is available "
                + "from the command line:\n  java -jar target/silhouette.jar --help");
        text.setWrapText(true);
        StackPane root = new StackPane(text);
        root.setPadding(new Insets(24));
        stage.setTitle("Silhouette");
        stage.setScene(new Scene(root, 1200, 750));
        stage.show();
    }
}
