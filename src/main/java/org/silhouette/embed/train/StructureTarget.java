package org.silhouette.embed.train;

import org.silhouette.core.FloatMatrix;
import org.silhouette.core.UserError;
import org.silhouette.embed.loss.LossSetup;
import org.silhouette.embed.loss.StructureLoss;

/**
 * Where the structure term wants every image: label-free coordinates [N, D] (for example a UMAP of the
 * backbone's features with the head's dimension), centred and scaled to a root-mean-square radius of 1
 * so the structure weight means the same for every folder, and how hard each row is pulled there.
 *
 * @param rowWeights each row's share of the structure weight, in [0, 1]; null pulls every row fully
 */
public record StructureTarget(FloatMatrix coordinates, float[] rowWeights) {

    public StructureTarget {
        if (rowWeights != null) {
            if (rowWeights.length != coordinates.rows()) {
                throw new IllegalArgumentException(rowWeights.length + " row weights for " + coordinates.rows()
                        + " rows");
            }
            for (float r : rowWeights) {
                if (!(r >= 0 && r <= 1)) {
                    throw new IllegalArgumentException("a structure row weight must be in [0, 1], got " + r);
                }
            }
        }
    }

    /** Centres and rescales {@code raw}; every value must be finite. Every row is pulled fully. */
    public static StructureTarget of(FloatMatrix raw) {
        return of(raw, null);
    }

    /** Centres and rescales {@code raw}; every value must be finite. */
    public static StructureTarget of(FloatMatrix raw, float[] rowWeights) {
        int n = raw.rows();
        int d = raw.cols();
        if (n == 0 || d == 0) {
            throw new UserError("The structure target is empty.");
        }
        if (!raw.allFinite()) {
            throw new UserError("The structure target holds a non-finite coordinate.");
        }
        double[] mean = raw.columnMeans();
        double ss = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = raw.get(i, j) - mean[j];
                ss += v * v;
            }
        }
        double rms = Math.sqrt(ss / n);
        double scale = rms > 0 ? 1 / rms : 1;
        float[] out = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) ((raw.get(i, j) - mean[j]) * scale);
            }
        }
        return new StructureTarget(new FloatMatrix(n, d, out), rowWeights);
    }

    /** The loss of a run with this target: the label loss plus the structure term, checked against the run. */
    LossSetup lossWith(LossSetup setup, FloatMatrix features, TrainOptions options) {
        if (setup.trainingBlock() != null || !options.loss().combinesWithStructure()) {
            throw new UserError("The " + options.loss() + " loss cannot be combined with the structure term; use "
                    + "silhouette, silhouette-mean, contrastive or triplet.");
        }
        if (coordinates.rows() != features.rows()) {
            throw new UserError("The structure target has " + coordinates.rows() + " rows but there are "
                    + features.rows() + " images.");
        }
        if (dim() != options.dim()) {
            throw new UserError("The structure target has " + dim() + " dimensions but the head has "
                    + options.dim() + ".");
        }
        return new LossSetup(new StructureLoss(options.loss().cliName() + "+structure", setup.loss(),
                options.structureWeight()), null);
    }

    int dim() {
        return coordinates.cols();
    }
}
