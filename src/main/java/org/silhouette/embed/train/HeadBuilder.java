package org.silhouette.embed.train;

import org.silhouette.core.RecordBuilder;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.embed.loss.LossOptions;

import java.util.List;

/**
 * The setters of the components that describe a head and its training, shared by the builders of the
 * records that carry them ({@link TrainOptions} for one run, {@code session.LoopOptions} for the app's
 * loop): each record names these components alike, so each setter is written once.
 *
 * @param <R> the record
 * @param <B> the builder itself, for chaining
 */
public abstract class HeadBuilder<R extends Record, B extends HeadBuilder<R, B>> extends RecordBuilder<R, B> {

    protected HeadBuilder(R record) {
        super(record);
    }

    public B loss(LossKind v) { return set("loss", v); }
    public B lossOptions(LossOptions v) { return set("lossOptions", v); }
    public B dim(int v) { return set("dim", v); }
    public B hidden(List<Integer> v) { return set("hidden", v); }
    public B seed(long v) { return set("seed", v); }
    public B structureWeight(double v) { return set("structureWeight", v); }
}
