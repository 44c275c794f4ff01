#!/usr/bin/env python3
"""umap-learn on the same input as Silhouette's UMAP, with the same quality figures.

Run with Debian's python3 (it has umap-learn, scikit-learn and NumPy):

    /usr/bin/python3 src/tools/umap_baseline.py --x X16.npy --labels labels.txt [--ours coords.npy ...]
    /usr/bin/python3 src/tools/umap_baseline.py --x X16.npy --labels labels.txt --serve

--x is the [n, d] float32 input both sides lay out; --labels one integer class per line. umap-learn runs with
n_neighbors=15, min_dist=0.1 (Silhouette's defaults), its own default epochs (500 up to 10,000 rows, 200 above,
as Silhouette's 2-D map) and a seed, which also makes it single-threaded. It first fits a 4,500-row sample for
10 epochs, untimed, so numba has compiled its code (NN-descent included) before anything is timed; the time of a fit is
the wall time of fit_transform, neighbours and spectral initialisation included. Every --ours file ([n, 2]
coordinates from Silhouette) is scored by the same code, so both sides are measured by scikit-learn. Prints
one JSON object per layout on stdout.

--serve is for `bench`, which alternates its own fits with umap-learn's: after warming up it prints
{"ready": ...}, then answers each line on stdin with one JSON line, until "quit" or end of input: "fit PATH"
times a umap-learn fit and saves its coordinates to PATH (.npy) for bench to score; "score PATH" scores the
coordinates in PATH with scikit-learn (slow at 10k rows: about 10 s).

trustworthiness10: sklearn.manifold.trustworthiness(X, Y, n_neighbors=10), Euclidean.
knn10_accuracy: leave-one-out 10-NN majority vote in 2-D (a point is never its own neighbour; a tied vote
goes to the smallest class index, as numpy.argmax of the vote counts does).
"""
import argparse
import json
import sys
import time
import warnings

import numpy as np


def knn_accuracy(y, labels, k=10):
    from sklearn.neighbors import NearestNeighbors
    idx = NearestNeighbors(n_neighbors=k).fit(y).kneighbors(return_distance=False)
    classes = labels.max() + 1
    hits = 0
    for i in range(len(labels)):
        votes = np.bincount(labels[idx[i]], minlength=classes)
        hits += int(np.argmax(votes) == labels[i])
    return hits / len(labels)


def scores(x, y, labels):
    from sklearn.manifold import trustworthiness
    return {"trustworthiness10": float(trustworthiness(x, y, n_neighbors=10)),
            "knn10_accuracy": knn_accuracy(y, labels)}


class Baseline:
    """umap-learn with fixed settings, compiled once."""

    def __init__(self, x, a):
        import umap
        self.umap = umap
        self.x = x
        self.kwargs = dict(n_neighbors=a.n_neighbors, min_dist=a.min_dist, random_state=a.seed, init=a.init)
        if a.epochs:
            self.kwargs["n_epochs"] = a.epochs
        # numba compiles here, untimed: 4,500 rows take umap-learn's NN-descent path (above 4,096), and 10 epochs
        # are enough to compile the optimiser, which umap-learn compiles again inside every fit anyway.
        warm = np.random.default_rng(a.seed).choice(len(x), size=min(len(x), 4500), replace=False)
        umap.UMAP(**{**self.kwargs, "n_epochs": 10}).fit_transform(x[warm])

    def fit(self):
        t0 = time.perf_counter()
        y = self.umap.UMAP(**self.kwargs).fit_transform(self.x)
        return y, time.perf_counter() - t0

    def describe(self):
        epochs = self.kwargs.get("n_epochs") or (500 if len(self.x) <= 10000 else 200)
        return {"version": self.umap.__version__, "epochs": epochs, **self.kwargs}


def serve(x, labels, a):
    baseline = Baseline(x, a)
    print(json.dumps({"ready": True, **baseline.describe()}), flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command.startswith("fit "):
            y, seconds = baseline.fit()
            np.save(command[len("fit "):], y.astype(np.float32))
            print(json.dumps({"layout": "umap-learn", "seconds": seconds}), flush=True)
        elif command.startswith("score "):
            path = command[len("score "):]
            print(json.dumps({"layout": "silhouette", "file": path, **scores(x, np.load(path), labels)}),
                  flush=True)
        elif command in ("quit", ""):
            return
        else:
            print(json.dumps({"error": "unknown command " + command}), flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--x", required=True, help="[n, d] float32 .npy input")
    p.add_argument("--labels", required=True, help="one integer class per line")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--min-dist", type=float, default=0.1)
    p.add_argument("--n-neighbors", type=int, default=15)
    p.add_argument("--epochs", type=int, default=None, help="umap-learn's n_epochs (default: its own choice)")
    p.add_argument("--init", default="spectral", help="umap-learn's init: spectral or random")
    p.add_argument("--repeats", type=int, default=1, help="timed fits; the best time is reported")
    p.add_argument("--ours", action="append", default=[], help="Silhouette's [n, 2] coordinates to score too")
    p.add_argument("--skip-umap", action="store_true", help="only score the --ours files")
    p.add_argument("--save", help="write umap-learn's coordinates of the last fit here (.npy)")
    p.add_argument("--serve", action="store_true", help="answer fit / score PATH lines on stdin (for bench)")
    a = p.parse_args()
    warnings.filterwarnings("ignore")  # umap-learn warns that a seed turns off its threads: that is intended

    x = np.ascontiguousarray(np.load(a.x), dtype=np.float32)
    labels = np.loadtxt(a.labels, dtype=np.int64)
    if len(labels) != len(x):
        sys.exit(f"{a.labels} has {len(labels)} labels for {len(x)} rows")
    if a.serve:
        serve(x, labels, a)
        return

    for path in a.ours:
        y = np.load(path)
        print(json.dumps({"layout": "silhouette", "file": path, **scores(x, y, labels)}), flush=True)
    if a.skip_umap:
        return

    baseline = Baseline(x, a)
    times = []
    for _ in range(a.repeats):
        y, seconds = baseline.fit()
        times.append(seconds)
    if a.save:
        np.save(a.save, y.astype(np.float32))
    print(json.dumps({"layout": "umap-learn", **baseline.describe(), "seconds": min(times), "all_seconds": times,
                      **scores(x, y, labels)}), flush=True)


if __name__ == "__main__":
    main()
