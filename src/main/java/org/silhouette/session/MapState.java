package org.silhouette.session;

import org.silhouette.core.FloatMatrix;
import org.silhouette.embed.head.EmbeddingModel;

/**
 * What the map currently shows. The holder owns {@code model} and closes it when the state is replaced.
 *
 * @param model the head that made {@code embedding}, or null while the map still shows the backbone's view
 * @param embedding one row per image: the head's output, or the reduced backbone features
 * @param coords [N, 2] map coordinates
 */
public record MapState(EmbeddingModel model, FloatMatrix embedding, FloatMatrix coords) {

    public MapState {
        if (embedding.rows() != coords.rows() || coords.cols() != 2) {
            throw new IllegalArgumentException("embedding has " + embedding.rows() + " rows but coords are "
                    + coords.rows() + "x" + coords.cols());
        }
    }

    public int size() {
        return coords.rows();
    }
}
