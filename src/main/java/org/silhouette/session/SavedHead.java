package org.silhouette.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.project.ProjectStore;

import java.io.IOException;

/**
 * The head the map was last refreshed with, kept in the project beside the fingerprint of the features it
 * reads, so reopening continues from it. Losing it costs a fresh head at the next round, nothing more.
 */
final class SavedHead {

    private static final String KEY = "app.head";
    private static final String FOLDER = "head";

    private SavedHead() {
    }

    /** The head saved for features with this fingerprint and width, or null. */
    static EmbeddingModel load(ProjectStore store, String fingerprint, int inputDim) {
        JsonNode meta = store.settings().get(KEY).orElse(null);
        if (meta == null || !fingerprint.equals(meta.path("fingerprint").asText())) {
            return null;
        }
        try {
            EmbeddingModel m = EmbeddingModel.load(store.paths().checkpointDir().resolve(FOLDER));
            if (m.inputDim() != inputDim) {
                m.close();
                return null;
            }
            return m;
        } catch (IOException | RuntimeException e) {
            return null; // damaged or missing: a fresh head is trained at the next round
        }
    }

    /** Saves the head for features with this fingerprint; a writable project only. */
    static void save(ProjectStore store, EmbeddingModel head, String fingerprint) {
        try {
            head.save(store.paths().checkpointDir().resolve(FOLDER));
            store.settings().put(KEY, JsonNodeFactory.instance.objectNode().put("fingerprint", fingerprint));
        } catch (IOException e) {
            // the map still works; the next open starts from the saved layout with a fresh head
        }
    }

    /** New features: the saved head no longer reads them. */
    static void forget(ProjectStore store) {
        if (!store.isReadOnly()) {
            store.settings().remove(KEY);
        }
    }
}
