"""Reference values for session.CalibrationError: expected calibration error written the way Guo et al. 2017
state it (bins (lo, hi] from np.linspace(0, 1, B + 1), the first bin also taking 0), independently of the Java
code, for a few seeded sets of confidences and outcomes.

Run: /usr/bin/python3 src/test/python/make_calibration_fixture.py
"""
import json
import os

import numpy as np


def ece(conf, right, bins):
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for b in range(bins):
        lo, hi = edges[b], edges[b + 1]
        inside = (conf > lo) & (conf <= hi) if b > 0 else (conf >= lo) & (conf <= hi)
        if inside.any():
            total += inside.mean() * abs(right[inside].mean() - conf[inside].mean())
    return float(total)


rng = np.random.default_rng(23)
cases = []
for n, bins, skew in [(200, 15, 1.0), (57, 15, 3.0), (1000, 10, 0.3), (9, 15, 1.0)]:
    conf = rng.random(n).astype(np.float32) ** skew
    conf[0], conf[-1] = 0.0, 1.0
    # outcomes drawn less often right than the confidence says, so the error is far from 0
    right = rng.random(n) < conf * 0.8
    cases.append({"bins": bins, "confidence": conf.astype(float).tolist(), "right": right.tolist(),
                  "expected_ece": ece(conf.astype(np.float64), right, bins)})

out = os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures", "session", "calibration_error.json")
with open(out, "w") as f:
    json.dump({"cases": cases}, f)
print("wrote", out, [round(c["expected_ece"], 4) for c in cases])
