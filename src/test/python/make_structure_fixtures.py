"""Reference values and gradients for the semi-supervised StructureLoss.

Run with Debian's python3 (torch 1.13, numpy):
    /usr/bin/python3 src/test/python/make_structure_fixtures.py

loss = silhouette(x[:L], y) + w * mean_u r[u] ||x[L+u] - t[u]||^2 (r = 1 when a case has no row weights), written the plain way: the silhouette
comes from make_loss_fixtures.py's point-by-point definition (centroid b(i), hard minimum) and the
structure term is a loop over the structure rows. torch's autograd gives d loss / d x in float64.
Cases cover L = 0 (no labels: structure alone), U = 0 (no structure rows), one labelled row, and
several weights.
"""
import json
import os

import numpy as np
import torch

from make_loss_fixtures import Tie, silhouette

torch.set_default_dtype(torch.float64)
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures", "loss", "structure_fixtures.json")


def structure_loss(x, labels, target, weight, row_weights=None):
    l = len(labels)
    total = torch.zeros(())
    if l > 1:
        total = total + silhouette(x[:l], labels, "centroid", 0.0)[0]
    u = target.shape[0]
    if u > 0 and weight > 0:
        r = [1.0] * u if row_weights is None else row_weights
        terms = [r[i] * ((x[l + i] - target[i]) ** 2).sum() for i in range(u)]
        total = total + weight * torch.stack(terms).mean()
    return total


def case(rng, name, labels, u, dim, weight, row_weights=None):
    while True:
        x = rng.normal(size=(len(labels) + u, dim)).astype(np.float32)
        t = rng.normal(size=(u, dim)).astype(np.float32)
        xt = torch.tensor(x.astype(np.float64), requires_grad=True)
        try:
            loss = structure_loss(xt, labels, torch.tensor(t.astype(np.float64)), weight, row_weights)
        except Tie:
            continue
        loss.backward()
        return dict(name=name, weight=weight, labels=[float(v) for v in labels], embeddings=x.tolist(),
                    targets=t.tolist() if u > 0 else [], rowWeights=row_weights, expectedLoss=float(loss),
                    expectedGradient=xt.grad.numpy().tolist())


def main():
    rng = np.random.default_rng(20261207)
    cases = [
        case(rng, "labelled and structure rows, w=1", [0, 0, 0, 1, 1, 1, 2, 2], 6, 4, 1.0),
        case(rng, "labelled and structure rows, w=0.25", [3, 3, 7, 7, 7], 5, 3, 0.25),
        case(rng, "labelled and structure rows, w=4", [1, 1, 2, 2], 3, 5, 4.0),
        case(rng, "no labelled rows: structure alone", [], 7, 4, 1.0),
        case(rng, "one labelled row: structure alone", [5], 4, 3, 1.0),
        case(rng, "no structure rows: silhouette alone", [0, 0, 1, 1, 1], 0, 3, 1.0),
        case(rng, "structure weight 0", [0, 0, 1, 1], 4, 3, 0.0),
        case(rng, "row weights", [0, 0, 0, 1, 1], 5, 4, 1.0, [1.0, 0.5, 0.0, 0.11, 0.9]),
        case(rng, "row weights, no labelled rows", [], 4, 3, 2.0, [0.25, 1.0, 0.75, 0.0]),
    ]
    with open(OUT, "w") as f:
        json.dump(dict(torch=torch.__version__, generator="src/test/python/make_structure_fixtures.py",
                       cases=cases), f, indent=1)
    print("wrote %d cases to %s" % (len(cases), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
