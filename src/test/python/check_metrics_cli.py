"""Recomputes `silhouette metrics` output for a real file with sklearn and NumPy, to compare by eye.

    /usr/bin/python3 src/test/python/check_metrics_cli.py X.npy labels.csv

Labels: one per line, empty = unlabelled (dropped). Retrieval follows docs/METRICS.md (Musgrave et al. 2020,
ties to the lower row, lone queries skipped), vectorised in row chunks so 10k x 784 fits in memory.
k-means based scores are not recomputed (they depend on the clustering found).
"""
import json
import sys

import numpy as np
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_samples


def main(x_path, labels_path):
    x = np.load(x_path).astype(np.float64)
    names = open(labels_path).read().split("\n")[: len(x)]
    keep = np.array([n != "" for n in names])
    x = x[keep]
    _, y = np.unique(np.array(names)[keep], return_inverse=True)
    counts = np.bincount(y)
    norms = (x * x).sum(axis=1)
    centroids = np.stack([x[y == c].mean(axis=0) for c in range(len(counts))])
    p1, rp, mapr, a_own, b_cent = [], [], [], np.zeros(len(y)), np.zeros(len(y))
    for start in range(0, len(y), 500):
        rows = np.arange(start, min(start + 500, len(y)))
        diff2 = norms[rows, None] + norms[None, :] - 2 * x[rows] @ x.T  # ranking only; exact ties may differ
        diff2[np.arange(len(rows)), rows] = np.inf  # never its own neighbour
        dist = np.sqrt(np.maximum(diff2, 0))
        for r, i in enumerate(rows):
            same = y == y[i]
            size = counts[y[i]]
            a_own[i] = 0 if size == 1 else dist[r, same & (np.arange(len(y)) != i)].sum() / (size - 1)
            cd = np.sqrt(((centroids - x[i]) ** 2).sum(axis=1))
            cd[y[i]] = np.inf
            b_cent[i] = cd.min()
            R = size - 1
            if R == 0:
                continue
            order = np.argsort(diff2[r], kind="stable")[:R]
            correct = (y[order] == y[i]).astype(float)
            p1.append(correct[0])
            rp.append(correct.sum() / R)
            mapr.append((np.cumsum(correct) / np.arange(1, R + 1) * correct).sum() / R)
    m = np.maximum(a_own, b_cent)
    s_cent = np.where((counts[y] > 1) & (m > 0), (b_cent - a_own) / np.where(m > 0, m, 1), 0)
    print(json.dumps({
        "silhouette": float(silhouette_samples(x, y).mean()),
        "silhouette_centroid": float(s_cent.mean()),
        "davies_bouldin": float(davies_bouldin_score(x, y)),
        "calinski_harabasz": float(calinski_harabasz_score(x, y)),
        "precision_at_1": float(np.mean(p1)), "r_precision": float(np.mean(rp)), "map_at_r": float(np.mean(mapr)),
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
