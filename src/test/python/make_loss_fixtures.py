"""Reference values and gradients for Silhouette's embedding losses.

Run with Debian's python3 (torch 1.13, sklearn 1.2, numpy):
    /usr/bin/python3 src/test/python/make_loss_fixtures.py

Every loss is written here the plain way, point by point and pair by pair, straight from its
definition (docs/LOSSES.md), in float64; torch's autograd gives the gradients. The mean-distance
silhouette values are checked once more against sklearn's silhouette_samples.

Embeddings are drawn as float32 so Java can run the same numbers in float32 and float64. Ties in a
hard minimum or maximum would make the gradient depend on which tied entry a library picks; a case
whose draw has one (away from distance 0, where every such gradient is 0 anyway) is redrawn.
"""
import json
import math
import os

import numpy as np
import sklearn
import torch
from sklearn.metrics import silhouette_samples

torch.set_default_dtype(torch.float64)
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures", "loss", "loss_fixtures.json")
TIE = 1e-9


class Tie(Exception):
    pass


def dist(u, v):
    """Euclidean distance with the subgradient 0 at coincident points."""
    sq = ((u - v) ** 2).sum()
    pos = sq > 0
    return torch.where(pos, torch.sqrt(torch.where(pos, sq, torch.ones_like(sq))), torch.zeros_like(sq))


def unique_extreme(values, largest):
    v = sorted((float(t) for t in values), reverse=largest)
    if len(v) > 1 and abs(v[0] - v[1]) < TIE and abs(v[0]) > TIE:
        raise Tie()


def members_of(labels):
    out = {}
    for i, c in enumerate(labels):
        out.setdefault(c, []).append(i)
    return out


def silhouette(x, labels, variant, temperature):
    members = members_of(labels)
    if len(members) < 2:
        return 0.5 + 0 * x.sum(), None
    s = []
    for i, c in enumerate(labels):
        own = members[c]
        if len(own) == 1:
            s.append(torch.zeros(()))
            continue
        a = sum(dist(x[i], x[j]) for j in own if j != i) / (len(own) - 1)
        to_other = []
        for k, ks in members.items():
            if k == c:
                continue
            if variant == "centroid":
                to_other.append(dist(x[i], x[ks].mean(0)))
            else:
                to_other.append(sum(dist(x[i], x[j]) for j in ks) / len(ks))
        to_other = torch.stack(to_other)
        if temperature == 0:
            unique_extreme(to_other, largest=False)
            b = to_other.min()
        else:
            b = (torch.softmax(-to_other / temperature, 0) * to_other).sum()
        m = torch.maximum(a, b)
        if abs(float(a) - float(b)) < TIE and float(m) > 0:
            raise Tie()
        s.append(torch.where(m > 0, (b - a) / torch.where(m > 0, m, torch.ones_like(m)), torch.zeros_like(m)))
    s = torch.stack(s)
    return (1 - s.mean()) / 2, s


def contrastive(x, labels, margin):
    total, pairs = 0, 0
    n = len(labels)
    for i in range(n):
        for j in range(i + 1, n):
            d = dist(x[i], x[j])
            if labels[i] == labels[j]:
                total = total + 0.5 * d ** 2
            else:
                total = total + 0.5 * torch.clamp(margin - d, min=0) ** 2
            pairs += 1
    return total / pairs if pairs else 0 * x.sum()


def triplet_hard(x, labels, margin):
    n = len(labels)
    terms = []
    for a in range(n):
        pos = [dist(x[a], x[p]) for p in range(n) if p != a and labels[p] == labels[a]]
        neg = [dist(x[a], x[q]) for q in range(n) if labels[q] != labels[a]]
        if not pos or not neg:
            continue
        unique_extreme(pos, largest=True)
        unique_extreme(neg, largest=False)
        terms.append(torch.clamp(margin + torch.stack(pos).max() - torch.stack(neg).min(), min=0))
    return torch.stack(terms).mean() if terms else 0 * x.sum()


def triplet_all(x, labels, margin):
    n = len(labels)
    terms = []
    for a in range(n):
        for p in range(n):
            if p == a or labels[p] != labels[a]:
                continue
            for q in range(n):
                if labels[q] != labels[a]:
                    terms.append(torch.clamp(margin + dist(x[a], x[p]) - dist(x[a], x[q]), min=0))
    return torch.stack(terms).mean() if terms else 0 * x.sum()


def cosine_corel(x, labels, centres):
    terms = []
    for i, y in enumerate(labels):
        cos = torch.stack([x[i] @ w / (x[i].norm() * w.norm()) for w in centres])
        others = [cos[k] for k in range(len(centres)) if k != y]
        repel = torch.clamp(torch.stack(others).max(), min=0) ** 2 if others else torch.zeros(())
        if others:
            unique_extreme(others, largest=True)
        terms.append(-cos[y] + repel)
    return torch.stack(terms).mean()


def gaussian_corel(x, labels, centres, gamma):
    terms = []
    for i, y in enumerate(labels):
        e = torch.stack([-gamma * ((x[i] - w) ** 2).sum() for w in centres])
        terms.append(-e[y] + torch.logsumexp(e, 0))
    loss = torch.stack(terms).mean()
    logits = torch.stack([torch.stack([-gamma * ((x[i] - w) ** 2).sum() for w in centres]) for i in range(len(labels))])
    check = torch.nn.functional.cross_entropy(logits, torch.tensor(labels))
    assert abs(float(loss) - float(check)) < 1e-12
    return loss


def cce(x, labels):
    terms = [-torch.log_softmax(x[i], 0)[y] for i, y in enumerate(labels)]
    loss = torch.stack(terms).mean()
    assert abs(float(loss) - float(torch.nn.functional.cross_entropy(x, torch.tensor(labels)))) < 1e-12
    return loss


def check_with_sklearn(x, labels, s):
    """sklearn's silhouette_samples is the mean-distance variant with hard minimum."""
    k = len(set(labels))
    if s is None or not 2 <= k <= len(labels) - 1:
        return
    ref = silhouette_samples(x.detach().numpy(), np.array(labels), metric="euclidean")
    assert np.allclose(ref, s.detach().numpy(), atol=1e-12), (ref, s)


def evaluate(spec, x32, labels, centres):
    x = torch.tensor(x32.astype(np.float64), requires_grad=True)
    name, margin, temp, gamma = spec["loss"], spec["margin"], spec["softMinTemperature"], spec["corelGamma"]
    if name == "silhouette":
        loss, _ = silhouette(x, labels, "centroid", temp)
    elif name == "silhouette-mean":
        loss, s = silhouette(x, labels, "mean", temp)
        if temp == 0:
            check_with_sklearn(x, labels, s)
    elif name == "contrastive":
        loss = contrastive(x, labels, margin)
    elif name == "triplet":
        loss = triplet_hard(x, labels, margin) if spec["batchHard"] else triplet_all(x, labels, margin)
    elif name == "cosine-corel":
        loss = cosine_corel(x, labels, torch.tensor(centres))
    elif name == "gaussian-corel":
        loss = gaussian_corel(x, labels, torch.tensor(centres), gamma)
    elif name == "cce":
        loss = cce(x, labels)
    else:
        raise ValueError(name)
    loss.backward()
    return float(loss), x.grad.numpy()


# Batches: (name, labels, how to draw). Metric losses take arbitrary ids; COREL and cce take 0..C-1.
METRIC_BATCHES = [
    ("three-classes-noncontiguous-ids", [10, 10, 3, 42, 3, 10, 42, 3, 42, 10, 3, 42], 4, 1.0, None),
    ("singletons", [5, -2, 5, 8, 5, 100, 8, 5, 8], 3, 1.0, None),
    ("duplicates", [0, 0, 1, 1, 1, 2, 2, 3], 3, 1.0, "duplicates"),
    ("one-class", [7, 7, 7, 7, 7], 3, 1.0, None),
    ("spread-out", [1, 2, 1, 2, 1, 2, 1, 2, 3, 3], 5, 3.0, None),
]
CLASS_BATCHES = [
    ("dense-ids", [0, 1, 2, 0, 1, 2, 0, 1], 3, 1.0, None),
    ("unused-class", [0, 2, 0, 2, 2, 0], 4, 1.0, None),
]


def draw(rng, n, dim, scale, kind):
    x = (rng.standard_normal((n, dim)) * scale).astype(np.float32)
    if kind == "duplicates":
        x[1] = x[0]  # within a class
        x[6] = x[5]  # within a class
        x[7] = x[2]  # across classes
    return x


def metric_specs():
    specs = []
    for loss in ["silhouette", "silhouette-mean"]:
        for t in [0.0, 0.5]:
            specs.append(dict(loss=loss, margin=1.0, batchHard=True, softMinTemperature=t, corelGamma=1.0))
    specs.append(dict(loss="contrastive", margin=1.5, batchHard=True, softMinTemperature=0.0, corelGamma=1.0))
    for hard in [True, False]:
        specs.append(dict(loss="triplet", margin=0.7, batchHard=hard, softMinTemperature=0.0, corelGamma=1.0))
    return specs


def class_specs():
    return [
        dict(loss="cosine-corel", margin=1.0, batchHard=True, softMinTemperature=0.0, corelGamma=1.0),
        dict(loss="gaussian-corel", margin=1.0, batchHard=True, softMinTemperature=0.0, corelGamma=0.6),
        dict(loss="cce", margin=1.0, batchHard=True, softMinTemperature=0.0, corelGamma=1.0),
    ]


def make_cases():
    cases = []
    seed = 20240601
    for batches, specs in [(METRIC_BATCHES, metric_specs()), (CLASS_BATCHES, class_specs())]:
        for bname, labels, dim, scale, kind in batches:
            for spec in specs:
                classes = max(labels) + 1 if batches is CLASS_BATCHES else None
                width = classes if spec["loss"] == "cce" else dim
                for attempt in range(50):
                    rng = np.random.default_rng(seed + attempt)
                    x32 = draw(rng, len(labels), width, scale, kind)
                    centres = None
                    if classes is not None:
                        centres = rng.standard_normal((classes, width)).astype(np.float32).astype(np.float64).tolist()
                    try:
                        value, grad = evaluate(spec, x32, labels, centres)
                        break
                    except Tie:
                        continue
                else:
                    raise RuntimeError("no tie-free draw for " + bname)
                seed += 100
                assert math.isfinite(value) and np.all(np.isfinite(grad))
                cases.append(dict(
                    name=bname + "/" + spec["loss"] + describe(spec),
                    **spec,
                    labels=labels,
                    embeddings=x32.astype(np.float64).tolist(),
                    centres=centres,
                    expectedLoss=value,
                    expectedGradient=grad.tolist(),
                ))
    return cases


def describe(spec):
    if spec["loss"].startswith("silhouette"):
        return " T=%g" % spec["softMinTemperature"]
    if spec["loss"] == "triplet":
        return " hard" if spec["batchHard"] else " all"
    return ""


def main():
    cases = make_cases()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(dict(
            generator="src/test/python/make_loss_fixtures.py",
            torch=torch.__version__, sklearn=sklearn.__version__, numpy=np.__version__,
            cases=cases), f, indent=1)
    print("wrote %d cases to %s" % (len(cases), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
