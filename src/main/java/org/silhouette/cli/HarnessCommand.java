package org.silhouette.cli;

/**
 * A command of the measurement harness ({@code bench}, {@code stress}), whose code lives apart from the
 * production code (src/harness) and is never imported by it: {@link Main} adds the commands that the classpath
 * registers under META-INF/services, so the jar offers them and a build without the harness simply lacks them.
 */
public abstract class HarnessCommand extends Subcommand {
}
