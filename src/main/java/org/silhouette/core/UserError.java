package org.silhouette.core;

/**
 * A problem the user can fix (wrong path, malformed file, bad option). Its message is a complete,
 * one-line sentence; the CLI prints it without a stack trace and the app shows it in a dialog.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
