"""Reference values for session.Suggestions: label spreading (Zhou et al. 2004) written densely in NumPy,
with scikit-learn's exact k-NN, independently of the Java code.

W_ij = exp(-d_ij^2 / sigma^2) on both directions of every k-NN edge (a mutual pair counts twice),
sigma = mean k-NN distance, S = D^-1/2 W D^-1/2, F <- alpha S F + (1 - alpha) Y, 20 steps.

Run: /usr/bin/python3 src/test/python/make_suggestion_fixtures.py
"""
import json
import os

import numpy as np
from sklearn.neighbors import NearestNeighbors

rng = np.random.default_rng(11)
n, d, k, alpha, iters = 60, 5, 6, 0.9, 20
centres = rng.normal(0, 3, size=(3, d))
truth = np.repeat(np.arange(3), n // 3)
x = (centres[truth] + rng.normal(0, 1.2, size=(n, d))).astype(np.float32)
labels = np.full(n, -1)
for c, ids in enumerate([3, 7, 11]):  # sparse, non-contiguous class ids
    members = np.flatnonzero(truth == c)
    labels[members[:3]] = ids

nn = NearestNeighbors(n_neighbors=k + 1).fit(x.astype(np.float64))
dist, idx = nn.kneighbors(x.astype(np.float64))
dist, idx = dist[:, 1:], idx[:, 1:]
sigma = dist.mean()
w = np.zeros((n, n))
for i in range(n):
    for m in range(k):
        j = idx[i, m]
        v = np.exp(-dist[i, m] ** 2 / sigma ** 2)
        w[i, j] += v
        w[j, i] += v
deg = w.sum(1)
s = w / np.sqrt(np.outer(deg, deg))
ids = np.unique(labels[labels >= 0])
y = np.zeros((n, len(ids)))
for i in range(n):
    if labels[i] >= 0:
        y[i, np.searchsorted(ids, labels[i])] = 1
f = y.copy()
for _ in range(iters):
    f = alpha * s @ f + (1 - alpha) * y
label = ids[f.argmax(1)]
conf = f.max(1) / f.sum(1)
label[labels >= 0] = labels[labels >= 0]
conf[labels >= 0] = 1.0

out = os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures", "session")
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "suggestions.json"), "w") as fh:
    json.dump({"k": k, "alpha": alpha, "iterations": iters, "x": x.tolist(), "labels": labels.tolist(),
               "expected_label": label.tolist(), "expected_confidence": conf.tolist()}, fh)
print("wrote", n, "rows; suggested accuracy vs truth:",
      float(np.mean(label == np.array([3, 7, 11])[truth])))
