package org.silhouette.app;

import org.silhouette.core.UserError;

import java.util.ServiceLoader;
import java.util.function.IntConsumer;

/**
 * What {@code gui --check-naming} runs once the folder is open: it drives the window as a person would, then
 * ends the app with an exit code. The check itself is harness code (found through {@link ServiceLoader}, as the
 * CLI finds the harness commands), so the product carries none of it.
 */
public interface LaunchCheck {

    /** On the FX thread; {@code done} gets the exit code, 0 when the check passed. */
    void run(MainWindow window, IntConsumer done);

    /** The check built into this jar. */
    static LaunchCheck find() {
        return ServiceLoader.load(LaunchCheck.class, LaunchCheck.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new UserError("This build has no launch check (the harness is missing)."));
    }
}
