#!/usr/bin/env python3
"""Silhouette's UMAP (one or more builds) against umap-learn over several seeds, alternating, one run.

    /usr/bin/python3 src/tools/umap_seeds.py --x X16.npy --labels labels.txt \
        --jar before=/path/to/old/silhouette.jar --jar now=target/silhouette.jar --seeds 1,2,3,4,5

For each seed, in this order: every --jar's `project --method umap --seed S` (a fresh JVM each time; its
"seconds" is the layout's wall time, the JIT warming up included), then umap-learn with random_state S in one
Python process that compiled umap-learn's code before the first timed fit (see umap_baseline.py, whose
settings and scores this uses). Every map is scored by scikit-learn: trustworthiness@10 and leave-one-out
10-NN accuracy. Prints a JSON line per fit, then one summary line per layout.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import umap_baseline  # noqa: E402


def java():
    home = os.environ.get("JAVA_HOME")
    return os.path.join(home, "bin", "java") if home else "java"


def ours(jar, x_path, seed, out):
    r = subprocess.run([java(), "-jar", jar, "project", "--embeddings", x_path, "--method", "umap", "--seed",
                        str(seed), "--out", out], capture_output=True, text=True, check=True)
    return json.loads(r.stdout.strip().splitlines()[-1])["seconds"]


def summary(name, rows):
    t = [r["trustworthiness10"] for r in rows]
    k = [r["knn10_accuracy"] for r in rows]
    s = [r["seconds"] for r in rows]
    return {"layout": name, "fits": len(rows), "trustworthiness10_mean": float(np.mean(t)),
            "trustworthiness10_sd": float(np.std(t, ddof=1)) if len(t) > 1 else 0.0,
            "knn10_accuracy_mean": float(np.mean(k)), "seconds_best": min(s), "seconds_median": float(np.median(s))}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--x", required=True, help="[n, d] float32 .npy input")
    p.add_argument("--labels", required=True, help="one integer class per line")
    p.add_argument("--jar", action="append", required=True, help="NAME=PATH of a silhouette.jar")
    p.add_argument("--seeds", default="1,2,3,4,5")
    a = p.parse_args()
    warnings.filterwarnings("ignore")
    jars = [j.split("=", 1) for j in a.jar]
    seeds = [int(s) for s in a.seeds.split(",")]
    x = np.ascontiguousarray(np.load(a.x), dtype=np.float32)
    labels = np.loadtxt(a.labels, dtype=np.int64)
    settings = argparse.Namespace(n_neighbors=15, min_dist=0.1, seed=seeds[0], init="spectral", epochs=None)
    baseline = umap_baseline.Baseline(x, settings)
    rows = {name: [] for name, _ in jars}
    rows["umap-learn"] = []
    with tempfile.TemporaryDirectory() as work:
        for seed in seeds:
            for name, jar in jars:
                out = os.path.join(work, f"{name}-{seed}.npy")
                seconds = ours(jar, a.x, seed, out)
                row = {"layout": name, "seed": seed, "seconds": seconds,
                       **umap_baseline.scores(x, np.load(out), labels)}
                rows[name].append(row)
                print(json.dumps(row), flush=True)
            baseline.kwargs["random_state"] = seed
            y, seconds = baseline.fit()
            row = {"layout": "umap-learn", "seed": seed, "seconds": seconds, **umap_baseline.scores(x, y, labels)}
            rows["umap-learn"].append(row)
            print(json.dumps(row), flush=True)
    for name, r in rows.items():
        print(json.dumps(summary(name, r)), flush=True)


if __name__ == "__main__":
    main()
