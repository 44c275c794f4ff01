package org.silhouette.app;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
class FxSmokeTest {
    final AtomicInteger clicks = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Button b = new Button("Press");
        b.setId("b");
        b.setOnAction(e -> clicks.incrementAndGet());
        stage.setScene(new Scene(new StackPane(b), 300, 200));
        stage.show();
    }

    @Test
    void click(FxRobot robot) {
        robot.clickOn("#b");
        robot.drag("#b").moveBy(30, 10).drop();
        robot.scroll(1);
        assertEquals(1, clicks.get());
    }
}
