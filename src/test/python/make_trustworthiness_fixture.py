"""Reference values for org.silhouette.metrics.Trustworthiness and KnnAccuracy.

Run with Debian's python3 (numpy 1.24, sklearn 1.2):
    /usr/bin/python3 src/test/python/make_trustworthiness_fixture.py

Writes src/test/resources/fixtures/metrics/trustworthiness.json: seeded float32 inputs, 2-D maps of them, and
  - sklearn.manifold.trustworthiness(input, map, n_neighbors=k) (Euclidean), for k = 5 and 10;
  - leave-one-out k-NN accuracy in the map, from sklearn's NearestNeighbors (kneighbors() without X leaves each
    point out of its own neighbours) and a majority vote whose ties go to the smallest class id (numpy.argmax of
    the vote counts).
The data are continuous, so no two distances tie and neighbour order is the same whatever the tie rule.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.manifold import trustworthiness
from sklearn.neighbors import NearestNeighbors

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "metrics",
                   "trustworthiness.json")
KS = [5, 10]


def knn_accuracy(y, labels, k):
    idx = NearestNeighbors(n_neighbors=k).fit(y).kneighbors(return_distance=False)
    votes = [np.bincount(labels[row], minlength=labels.max() + 1) for row in idx]
    return float(np.mean([np.argmax(v) == labels[i] for i, v in enumerate(votes)]))


def blobs(rng, n, d, classes, spread):
    centres = rng.normal(size=(classes, d)) * spread
    labels = np.arange(n) % classes
    return (centres[labels] + rng.normal(size=(n, d))).astype(np.float32), labels


def cases():
    rng = np.random.default_rng(20)
    x, labels = blobs(rng, 300, 8, 4, 3.0)
    centred = x - x.mean(axis=0)
    pcs = np.linalg.svd(centred, full_matrices=False)[2][:2]
    pca = (centred @ pcs.T).astype(np.float32)
    yield "blobs 300x8, top two principal axes", x, pca, labels
    noisy = (pca + rng.normal(size=pca.shape) * 2).astype(np.float32)
    yield "blobs 300x8, principal axes plus noise", x, noisy, labels
    yield "blobs 300x8, a random map", x, rng.normal(size=(300, 2)).astype(np.float32), labels
    flat, flat_labels = blobs(rng, 120, 2, 3, 2.0)
    yield "2-D input mapped to itself", flat, flat.copy(), flat_labels
    wide, wide_labels = blobs(rng, 200, 32, 5, 1.0)
    yield "overlapping blobs 200x32, first two columns", wide, np.ascontiguousarray(wide[:, :2]), wide_labels


def main():
    sets = []
    for name, x, y, labels in cases():
        expected = {}
        for k in KS:
            expected[f"trustworthiness_{k}"] = float(trustworthiness(x.astype(np.float64), y.astype(np.float64),
                                                                     n_neighbors=k))
            expected[f"knn_accuracy_{k}"] = knn_accuracy(y.astype(np.float64), labels, k)
        sets.append({"name": name, "x": x.tolist(), "map": y.tolist(), "labels": labels.tolist(),
                     "expected": expected})
    payload = {"generator": "src/test/python/make_trustworthiness_fixture.py", "sklearn": sklearn.__version__,
               "datasets": sets}
    with open(OUT, "w") as f:
        json.dump(payload, f)
    for s in sets:
        print(s["name"], s["expected"])


if __name__ == "__main__":
    main()
