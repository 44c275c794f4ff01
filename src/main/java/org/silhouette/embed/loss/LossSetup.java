package org.silhouette.embed.loss;

import ai.djl.nn.Block;
import ai.djl.training.loss.Loss;

/**
 * What the training loop needs to train a head with one loss.
 *
 * @param loss evaluated on (labels [B] class ids, predictions); predictions are the head's embeddings
 *     [B, D], or the output of {@code trainingBlock} when there is one
 * @param trainingBlock a block applied to the embeddings during training only (COREL's class centres),
 *     or null; its parameters are trained with the head and discarded afterwards
 */
public record LossSetup(Loss loss, Block trainingBlock) {
}
