package org.silhouette.harness.fx;

import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.silhouette.app.LaunchCheck;
import org.silhouette.app.MainWindow;
import org.silhouette.project.LabelInfo;
import org.silhouette.project.LabelState;
import org.silhouette.render.DensestSpot;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * {@code gui --check-naming}: once the folder is open, selects a group and names it through the name box with
 * key events, as a person does (N, the letters, Enter), then exits 0 when the project has committed the label.
 * A launch check: .ci/run runs it through {@code ./mvnw javafx:run}, where naming once threw
 * IllegalAccessError. Any exception on the FX thread meanwhile fails it. The app finds it as its
 * {@link LaunchCheck}. FX thread.
 */
public final class NamingCheck implements LaunchCheck {

    public static final String NAME = "launch check";
    public static final int GROUP = 20;
    private static final long TIMEOUT_NANOS = 120_000_000_000L;

    @Override
    public void run(MainWindow window, IntConsumer done) {
        Thread fx = Thread.currentThread();
        Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
        boolean[] over = {false};
        IntConsumer finish = code -> {
            if (!over[0]) {
                over[0] = true;
                fx.setUncaughtExceptionHandler(before);
                done.accept(code);
            }
        };
        fx.setUncaughtExceptionHandler((t, e) -> {
            System.err.println("error: naming failed: " + e);
            finish.accept(1);
        });
        int[] images = group(window);
        window.presenter().reselect(images);
        window.map().requestFocus();
        key(window.map(), KeyEvent.KEY_PRESSED, KeyCode.N);
        key(window.map(), KeyEvent.KEY_RELEASED, KeyCode.N);
        Node field = window.scene().getFocusOwner();
        if (field == null || !"name-field".equals(field.getId())) {
            System.err.println("error: naming failed: N did not open the name box (focus on " + field + ")");
            finish.accept(1);
            return;
        }
        for (char c : NAME.toCharArray()) {
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                    false, false, false, false));
        }
        key(field, KeyEvent.KEY_PRESSED, KeyCode.ENTER);
        key(field, KeyEvent.KEY_RELEASED, KeyCode.ENTER);
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (over[0]) {
                    stop();
                } else if (named(window.presenter().labels()) == images.length) {
                    stop();
                    System.out.println("naming check: " + images.length + " images named '" + NAME
                            + "' through the name box");
                    finish.accept(0);
                } else if (now > deadline) {
                    stop();
                    System.err.println("error: naming failed: the label was not committed; status: "
                            + window.status().message());
                    finish.accept(1);
                }
            }
        }.start();
    }

    /** The images nearest the busiest part of the map. */
    private static int[] group(MainWindow window) {
        float[] x = window.presenter().x();
        float[] y = window.presenter().y();
        return window.presenter().rows().images(DensestSpot.nearest(x, y, DensestSpot.of(x, y), GROUP));
    }

    private static long named(LabelState s) {
        if (s == null) {
            return -1;
        }
        int id = s.labels().stream().filter(l -> l.name().equals(NAME)).mapToInt(LabelInfo::id).findFirst()
                .orElse(-1);
        return id < 0 ? -1 : IntStream.range(0, s.imageCount()).filter(i -> s.labelOf(i) == id).count();
    }

    private static void key(Node target, javafx.event.EventType<KeyEvent> type, KeyCode code) {
        Event.fireEvent(target, new KeyEvent(type, "", "", code, false, false, false, false));
    }
}
