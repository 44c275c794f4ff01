package org.silhouette.session;

import org.silhouette.core.Cancellation;
import org.silhouette.core.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The stages of opening a project, in order, on the calling (compute) thread: the store and the folder scan,
 * the session handed over, the features and the first map (rough previews on the way), then the first analysis
 * (the suggestions, then the figures). New backbone settings run the last two stages again. Each hand-over goes
 * to {@link Steps}, which the window forwards to its own thread.
 */
public final class OpenSequence {

    /**
     * What the stages hand over, as they end; called on the thread that runs them unless moved {@link #on}
     * another.
     *
     * @param attached the session exists: from here on the receiver owns closing it
     * @param preview a rough map of the features so far, until the real one is ready
     * @param mapped the map of the features
     * @param analysed the map's analysis: the suggestions first, then again with the figures
     */
    public record Steps(Consumer<ProjectSession> attached, BiConsumer<ProjectSession, MapSnapshot> preview,
            BiConsumer<ProjectSession, MapSnapshot> mapped, BiConsumer<ProjectSession, MapSnapshot> analysed) {

        /** The same steps, each handed to {@code thread} (the window's) to run there. */
        public Steps on(Executor thread) {
            return new Steps(ws -> thread.execute(() -> attached.accept(ws)),
                    (ws, s) -> thread.execute(() -> preview.accept(ws, s)),
                    (ws, s) -> thread.execute(() -> mapped.accept(ws, s)),
                    (ws, s) -> thread.execute(() -> analysed.accept(ws, s)));
        }
    }

    private OpenSequence() {
    }

    /**
     * Opens {@code request} and runs every stage; returns the session (already handed over).
     *
     * @param allowDownload whether a backbone may be downloaded (the user agreed to the zoo model)
     */
    public static ProjectSession open(OpenRequest request, Path dataHome, boolean allowDownload, Steps steps,
            Progress progress, Cancellation cancel) throws IOException {
        ProjectSession ws = ProjectSession.open(request, dataHome, progress, cancel);
        steps.attached().accept(ws);
        steps.mapped().accept(ws, ws.embedAndMap(allowDownload, s -> steps.preview().accept(ws, s), progress,
                cancel));
        analyse(ws, steps, progress, cancel);
        return ws;
    }

    /** Computes the features with new backbone settings, keeping the labels; returns the analysed map. */
    public static MapSnapshot reembed(ProjectSession ws, ProjectSettings next, boolean allowDownload, Steps steps,
            Progress progress, Cancellation cancel) throws IOException {
        steps.mapped().accept(ws, ws.reembed(next, allowDownload, progress, cancel));
        return analyse(ws, steps, progress, cancel);
    }

    private static MapSnapshot analyse(ProjectSession ws, Steps steps, Progress progress, Cancellation cancel) {
        MapSnapshot analysed = ws.analyse(progress, cancel, s -> steps.analysed().accept(ws, s));
        steps.analysed().accept(ws, analysed);
        return analysed;
    }
}
