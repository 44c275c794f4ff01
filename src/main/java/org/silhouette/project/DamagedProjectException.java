package org.silhouette.project;

import org.silhouette.core.UserError;

import java.nio.file.Path;

/**
 * The project database exists but cannot be trusted (empty, truncated, damaged). Nothing was written to
 * it; a caller may offer to start a fresh project beside it, leaving it for recovery.
 */
public final class DamagedProjectException extends UserError {
    private final transient Path database;

    public DamagedProjectException(Path database, String message, Throwable cause) {
        super(message, cause);
        this.database = database;
    }

    public Path database() {
        return database;
    }
}
