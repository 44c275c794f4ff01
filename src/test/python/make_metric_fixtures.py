"""Reference values for org.silhouette.metrics, from sklearn and from NumPy code written here from the papers.

Run with Debian's python3 (numpy 1.24, sklearn 1.2):
    /usr/bin/python3 src/test/python/make_metric_fixtures.py

Writes src/test/resources/fixtures/metrics/{datasets,agreement,kmeans}.json.

Conventions mirrored from docs/METRICS.md: rows with a negative label are dropped before anything is computed;
every data set is float32 (what the Java side reads), passed to sklearn as float64.
"""
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import (adjusted_mutual_info_score, adjusted_rand_score, calinski_harabasz_score,
                             davies_bouldin_score, normalized_mutual_info_score, silhouette_samples,
                             silhouette_score)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "metrics")


# ---------------------------------------------------------------- independent NumPy references

def squared_distances(x):
    """Exact pairwise squared Euclidean distances (differences, not the Gram trick)."""
    diff = x[:, None, :] - x[None, :, :]
    return (diff * diff).sum(axis=2)


def centroid_silhouette(x, y):
    """s(i) = (b - a) / max(a, b); a = mean distance to the other members of i's class,
    b = distance to the nearest centroid of another class; singletons and a = b = 0 give 0."""
    dist = np.sqrt(squared_distances(x))
    classes = np.unique(y)
    centroids = np.stack([x[y == c].mean(axis=0) for c in classes])
    s = np.zeros(len(y))
    for i in range(len(y)):
        same = (y == y[i])
        size = same.sum()
        if size == 1:
            continue
        a = dist[i, same].sum() / (size - 1)
        b = min(np.sqrt(((x[i] - centroids[k]) ** 2).sum()) for k, c in enumerate(classes) if c != y[i])
        m = max(a, b)
        s[i] = 0.0 if m == 0 else (b - a) / m
    return s


def retrieval(x, y):
    """Musgrave, Belongie & Lim 2020, sec. 3.2. For each query i, rank all j != i by distance (ties: lower
    index first). R = number of other samples of i's class; queries with R = 0 are skipped.
    P@1 = [nearest is same class]; R-precision = r / R, r = same-class among the top R;
    MAP@R = (1/R) * sum_{k<=R} P(k), P(k) = precision at k if the k-th retrieval is correct, else 0."""
    d2 = squared_distances(x)
    p1, rp, mapr = [], [], []
    for i in range(len(y)):
        others = np.array([j for j in range(len(y)) if j != i])
        r = int((y[others] == y[i]).sum())
        if r == 0:
            continue
        order = others[np.lexsort((others, d2[i, others]))]
        correct = (y[order[:r]] == y[i]).astype(float)
        precision_at_k = np.cumsum(correct) / np.arange(1, r + 1)
        p1.append(correct[0])
        rp.append(correct.sum() / r)
        mapr.append((precision_at_k * correct).sum() / r)
    return float(np.mean(p1)), float(np.mean(rp)), float(np.mean(mapr)), len(p1)


def per_class_mean(values, y):
    return [float(values[y == c].mean()) for c in np.unique(y)]


# ---------------------------------------------------------------- data sets

def blobs(n, d, centers, std, seed):
    x, y = make_blobs(n_samples=n, n_features=d, centers=centers, cluster_std=std, random_state=seed)
    return x.astype(np.float32), y.astype(int)


def datasets():
    out = []
    x, y = blobs(60, 4, 3, 2.5, 1)
    out.append(("blobs_overlap", x, y))

    rng = np.random.default_rng(2)
    x = rng.normal(size=(20, 3)).astype(np.float32)
    y = np.array([0] * 8 + [1] * 9 + [2] + [3] + [1])  # classes 2 and 3 are singletons
    out.append(("singletons", x, y))

    # small integer coordinates so that sklearn's Gram-trick distances are exact and duplicates tie exactly
    base = rng.integers(-3, 4, size=(10, 2))
    x = np.concatenate([base, base[:6], base[:3]]).astype(np.float32)
    y = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2, 0] + [0, 1, 1, 0, 2, 2] + [1, 1, 0])
    out.append(("duplicates", x, y))

    x, y0 = blobs(40, 5, 4, 1.5, 3)
    ids = np.array([42, 7, 3, 1000])[y0]
    ids[rng.choice(40, 6, replace=False)] = -1  # unlabelled rows, dropped before computing
    ids[5] = -7
    out.append(("noncontiguous_unlabelled", x, ids))

    x, y = blobs(500, 16, 8, 3.0, 4)
    out.append(("large", x, y))
    return out


def expected(x32, labels):
    keep = labels >= 0
    x = x32[keep].astype(np.float64)
    y = labels[keep]
    sk = silhouette_samples(x, y)
    cs = centroid_silhouette(x, y)
    p1, rp, mapr, queries = retrieval(x, y)
    return {
        "silhouette": float(silhouette_score(x, y)),
        "silhouette_samples": [float(v) for v in sk],
        "silhouette_class_means": per_class_mean(sk, y),
        "silhouette_centroid": float(cs.mean()),
        "silhouette_centroid_samples": [float(v) for v in cs],
        "silhouette_centroid_class_means": per_class_mean(cs, y),
        "class_ids": [int(c) for c in np.unique(y)],
        "davies_bouldin": float(davies_bouldin_score(x, y)),
        "calinski_harabasz": float(calinski_harabasz_score(x, y)),
        "precision_at_1": p1,
        "r_precision": rp,
        "map_at_r": mapr,
        "queries": queries,
    }


# ---------------------------------------------------------------- label pairs for NMI / AMI / ARI

def agreement_pairs():
    rng = np.random.default_rng(5)
    pairs = [
        ("identical", [0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 2, 2]),
        ("renamed", [0, 0, 1, 1, 2, 2], [5, 5, -1, -1, 9, 9]),
        ("one_cluster_predicted", [0, 0, 1, 1, 2, 2], [3, 3, 3, 3, 3, 3]),
        ("both_one_cluster", [1, 1, 1, 1], [0, 0, 0, 0]),
        ("all_singletons_predicted", [0, 0, 0, 1, 1, 1], [0, 1, 2, 3, 4, 5]),
        ("split_and_merge", [0, 0, 0, 1, 1, 1, 2, 2], [0, 0, 1, 1, 2, 2, 2, 2]),
        ("random_small", list(rng.integers(0, 3, 30)), list(rng.integers(0, 4, 30))),
        ("random_medium", list(rng.integers(0, 10, 400)), list(rng.integers(0, 8, 400))),
    ]
    truth = rng.integers(0, 10, 3000)
    noisy = np.where(rng.random(3000) < 0.3, rng.integers(0, 12, 3000), truth)
    pairs.append(("noisy_large", list(truth), list(noisy)))
    x, y = blobs(300, 6, 5, 4.0, 6)
    km = KMeans(n_clusters=5, n_init=10, random_state=0).fit(x.astype(np.float64))
    pairs.append(("kmeans_on_blobs", list(y), list(km.labels_)))
    out = []
    for name, t, p in pairs:
        t = np.asarray(t, dtype=int)
        p = np.asarray(p, dtype=int)
        out.append({"name": name, "truth": [int(v) for v in t], "predicted": [int(v) for v in p],
                    "nmi": float(normalized_mutual_info_score(t, p)),
                    "ami": float(adjusted_mutual_info_score(t, p)),
                    "ari": float(adjusted_rand_score(t, p))})
    return out


def kmeans_cases():
    """Well-separated blobs: the optimum is unique, so sklearn's inertia is the value to reach."""
    x, y = blobs(240, 8, 6, 0.5, 7)
    km = KMeans(n_clusters=6, n_init=10, random_state=0).fit(x.astype(np.float64))
    return [{"name": "separated_blobs", "x": x.astype(float).tolist(), "labels": [int(v) for v in y],
             "k": 6, "sklearn_inertia": float(km.inertia_),
             "sklearn_ari": float(adjusted_rand_score(y, km.labels_))}]


def main():
    os.makedirs(OUT, exist_ok=True)
    meta = {"generator": "src/test/python/make_metric_fixtures.py", "python": sys.version.split()[0],
            "numpy": np.__version__, "sklearn": sklearn.__version__}
    sets = [{"name": name, "x": x.astype(float).tolist(), "labels": [int(v) for v in y], "expected": expected(x, y)}
            for name, x, y in datasets()]
    for fname, payload in (("datasets.json", {"meta": meta, "datasets": sets}),
                           ("agreement.json", {"meta": meta, "pairs": agreement_pairs()}),
                           ("kmeans.json", {"meta": meta, "cases": kmeans_cases()})):
        with open(os.path.join(OUT, fname), "w") as f:
            json.dump(payload, f)
            f.write("\n")
    for s in sets:
        e = s["expected"]
        print(f'{s["name"]:26s} sil={e["silhouette"]:.6f} silc={e["silhouette_centroid"]:.6f} '
              f'db={e["davies_bouldin"]:.6f} ch={e["calinski_harabasz"]:.4f} p1={e["precision_at_1"]:.4f} '
              f'rp={e["r_precision"]:.4f} mapr={e["map_at_r"]:.4f} queries={e["queries"]}')


if __name__ == "__main__":
    main()
