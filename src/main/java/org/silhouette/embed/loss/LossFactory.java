package org.silhouette.embed.loss;

import ai.djl.training.loss.Loss;
import org.silhouette.core.UserError;

/** Builds the loss for a run: one place that knows which loss needs what. */
public final class LossFactory {
    private LossFactory() {
    }

    /**
     * @param numClasses classes present in the training labels
     * @param dim the head's embedding dimension
     */
    public static LossSetup create(LossKind kind, LossOptions options, int numClasses, int dim) {
        return switch (kind) {
            case SILHOUETTE -> new LossSetup(new SilhouetteLoss(kind.cliName(), SilhouetteLoss.Separation.CENTROID,
                    options.softMinTemperature()), null);
            case SILHOUETTE_MEAN -> new LossSetup(new SilhouetteLoss(kind.cliName(),
                    SilhouetteLoss.Separation.MEAN_DISTANCE, options.softMinTemperature()), null);
            case CONTRASTIVE -> new LossSetup(new ContrastiveLoss(kind.cliName(), options.margin()), null);
            case TRIPLET -> new LossSetup(new TripletLoss(kind.cliName(), options.margin(), options.batchHard()), null);
            case COSINE_COREL -> corel(kind, CorelCentres.Similarity.COSINE, options, numClasses, dim);
            case GAUSSIAN_COREL -> corel(kind, CorelCentres.Similarity.GAUSSIAN, options, numClasses, dim);
            case CCE -> {
                if (dim != numClasses) {
                    throw new UserError("The cce loss needs the embedding dimension to equal the class count ("
                            + numClasses + "), got " + dim + ".");
                }
                yield new LossSetup(Loss.softmaxCrossEntropyLoss("cce", 1f, -1, true, true), null);
            }
        };
    }

    private static LossSetup corel(LossKind kind, CorelCentres.Similarity similarity, LossOptions options,
            int numClasses, int dim) {
        if (numClasses < 1) {
            throw new UserError("The " + kind + " loss needs at least one labelled class.");
        }
        return new LossSetup(new CorelLoss(kind.cliName(), similarity),
                new CorelCentres(similarity, numClasses, dim, options.corelGamma()));
    }
}
