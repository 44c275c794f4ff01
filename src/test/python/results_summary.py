#!/usr/bin/env python3
"""Derived tables for docs/RESULTS.md from the experiment command's report.json files (standard library only).

usage: results_summary.py REPORT.json [REPORT.json ...]

For each method: final MAP@R, best MAP@R over the traced curve, MAP@R after a fixed 1/8 epoch (a training
length fixed in advance), training CPU seconds per 1000 steps, and the training CPU seconds to first reach 95%
of the final and of the best MAP@R, and to first reach a level common to all methods: 95% of Cosine-COREL's
best MAP@R in the same run ("never" counts how many runs did not). Mean ± sample standard deviation over the runs.
"""
import json
import statistics
import sys


def ms(values):
    if len(values) == 1:
        return "%.3f" % values[0]
    return "%.3f ± %.3f" % (statistics.mean(values), statistics.stdev(values))


def first_reaching(curve, level):
    for p in curve:
        if p["map_at_r"] >= level:
            return p
    return curve[-1]


def at_epoch(curve, epoch):
    for p in curve:
        if abs(p["epoch"] - epoch) < 1e-9 or p["epoch"] > epoch:
            return p
    return curve[-1]


for path in sys.argv[1:]:
    report = json.load(open(path))
    runs = report["runs"]
    print("##", path, "(%d runs)" % len(runs))
    print("| method | MAP@R final | MAP@R best | MAP@R at 1/8 epoch | CPU s to 95% of final | CPU s to 95% of best"
          " | CPU s to 95% of cosine-corel's best | train CPU s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for m in runs[0]["curves"]:
        curves = [r["curves"][m] for r in runs]
        final = [c[-1]["map_at_r"] for c in curves]
        best = [max(p["map_at_r"] for p in c) for c in curves]
        eighth = [at_epoch(c, 0.125)["map_at_r"] if len(c) > 1 else c[0]["map_at_r"] for c in curves]
        t95 = [first_reaching(c, 0.95 * c[-1]["map_at_r"])["cpu_seconds"] for c in curves]
        t95b = [first_reaching(c, 0.95 * max(p["map_at_r"] for p in c))["cpu_seconds"] for c in curves]
        cpu = [c[-1]["cpu_seconds"] for c in curves]
        common = "–"
        if "cosine-corel" in runs[0]["curves"]:
            reached = []
            never = 0
            for r, c in zip(runs, curves):
                level = 0.95 * max(p["map_at_r"] for p in r["curves"]["cosine-corel"])
                hit = [p for p in c if p["map_at_r"] >= level]
                if hit:
                    reached.append(hit[0]["cpu_seconds"])
                else:
                    never += 1
            common = (ms(reached) if reached else "") + (" (never in %d)" % never if never else "")
        print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (m, ms(final), ms(best), ms(eighth), ms(t95), ms(t95b),
                                                          common, ms(cpu)))
    print()
