package org.silhouette.embed.train;

import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;
import org.silhouette.embed.head.EmbeddingModel;
import org.silhouette.embed.head.HeadSpec;
import org.silhouette.embed.head.Standardizer;

import java.util.List;

/**
 * The head a run starts from: a copy of the model to continue (its shape and standardisation kept), or a
 * fresh head standardised on every row, with a note when features carry no information.
 */
final class StartingHead {
    private StartingHead() {
    }

    static EmbeddingModel of(FloatMatrix features, TrainOptions options, EmbeddingModel warmStart,
            List<String> warnings) {
        if (warmStart != null) {
            if (warmStart.inputDim() != features.cols()) {
                throw new UserError("The model to continue from expects " + warmStart.inputDim()
                        + " features per row, but the features have " + features.cols() + ".");
            }
            if (warmStart.dim() != options.dim()) {
                throw new UserError("The model to continue from has dimension " + warmStart.dim() + ", but " + options.dim()
                        + " was asked for.");
            }
            return warmStart.copy();
        }
        Standardizer standardizer = Standardizer.fit(features);
        int constant = 0;
        for (int j = 0; j < features.cols(); j++) {
            constant += standardizer.scale()[j] == 1f && isConstantColumn(features, j) ? 1 : 0;
        }
        if (constant == features.cols()) {
            warnings.add("Every feature is constant across the images, so the head sees no information.");
        } else if (constant > 0) {
            warnings.add(constant + " of " + features.cols() + " features are constant and carry no information.");
        }
        return EmbeddingModel.create(new HeadSpec(features.cols(), options.hidden(), options.dim()), standardizer,
                options.seed());
    }

    private static boolean isConstantColumn(FloatMatrix x, int j) {
        float first = x.get(0, j);
        for (int i = 1; i < x.rows(); i++) {
            if (x.get(i, j) != first) {
                return false;
            }
        }
        return true;
    }
}
